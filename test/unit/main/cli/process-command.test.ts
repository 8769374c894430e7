import { execFile } from 'node:child_process';
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../../src/main/cli/run';
import type { CliIo } from '../../../../src/main/cli/io';
import * as fx from '../../../support/images';

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await fx.tempDir());
  await mkdir(join(root, 'in/shoot-1'), { recursive: true });
  await mkdir(join(root, 'in/shoot-2'));
  await mkdir(join(root, 'in/trap.jpg'));
  await fx.put(root, 'in/shoot-1/a.jpg', await fx.noisyJpeg(1200, 900, 1));
  await fx.put(root, 'in/shoot-2/a.jpg', await fx.noisyJpeg(900, 1200, 2));
  await fx.put(root, 'in/shoot-2/b.png', await fx.alphaImage('png', 400, 300));
  await fx.put(root, 'in/empty.jpg', '');
  await fx.put(root, 'in/renamed.png', 'just some text\n');
  await fx.put(root, 'in/cut.jpg', await fx.truncatedJpeg(600, 400));
  await fx.put(root, 'in/notes.txt', 'ignored');
  await symlink('/etc/passwd', join(root, 'in/passwd.jpg'));
});
afterAll(() => cleanup());

function capture(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

describe('cli process', () => {
  it('writes both variants per image, one JSON line per input in order, and exits 1 on failures', async () => {
    const io = capture();
    const out = join(root, 'out-json');
    const code = await runCli(['process', join(root, 'in'), '--out', out, '--json'], io);
    expect(code).toBe(1);
    const lines = io.stdout.map((l) => JSON.parse(l));
    const rows = lines.slice(0, -1);
    expect(rows.map((r) => [r.source.slice(root.length + 4), r.status, r.error?.code])).toEqual([
      ['cut.jpg', 'failed', 'corrupt-image'],
      ['empty.jpg', 'failed', 'empty-file'],
      ['passwd.jpg', 'failed', 'is-symlink'],
      ['renamed.png', 'failed', 'not-an-image'],
      ['shoot-1/a.jpg', 'done', undefined],
      ['shoot-2/a.jpg', 'done', undefined],
      ['shoot-2/b.png', 'done', undefined],
      ['trap.jpg', 'failed', 'is-directory'],
    ]);
    expect(lines.at(-1)).toEqual({ summary: { done: 3, failed: 5 } });

    // Two a.jpg from different folders both survive; nothing else (no temp files) is left.
    expect((await readdir(out)).sort()).toEqual([
      'a-2.thumb.png',
      'a-2.webp',
      'a.thumb.png',
      'a.webp',
      'b.thumb.png',
      'b.webp',
    ]);
    const second = rows[5];
    expect(Object.keys(second)).toEqual(['source', 'status', 'main', 'thumb']);
    expect(second.main).toEqual({
      path: join(out, 'a-2.webp'),
      bytes: expect.any(Number),
      width: 600,
      height: 800,
      format: 'webp',
      quality: expect.any(Number),
      encodes: expect.any(Number),
    });
    expect(second.main.bytes).toBeLessThanOrEqual(200_000);
    expect(second.thumb).toMatchObject({
      path: join(out, 'a-2.thumb.png'),
      width: 38,
      height: 50,
      format: 'png',
    });
    const meta = await sharp(join(out, 'a-2.webp')).metadata();
    expect([meta.width, meta.height]).toEqual([600, 800]);
    for (const row of rows.filter((r) => r.status === 'failed')) {
      expect(Object.keys(row)).toEqual(['source', 'status', 'error']);
      expect(row.error.message).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('prints readable lines and a summary, and exits 0 when everything is done', async () => {
    const io = capture();
    const out = join(root, 'out-text');
    const code = await runCli(
      ['process', join(root, 'in/shoot-1'), join(root, 'in/shoot-2/b.png'), '-o', out],
      io,
    );
    expect(code).toBe(0);
    expect(io.stdout).toHaveLength(3);
    expect(io.stdout[0]).toMatch(
      /^done\s+\S*a\.jpg -> \S*a\.webp \(800×600, [\d.]+ KB, quality \d+\), \S*a\.thumb\.png/,
    );
    expect(io.stdout[2]).toMatch(/^2 done, 0 failed\. Results are in /);
    expect(io.stderr).toEqual([]);
  });

  it('does not take earlier results in the output folder as new inputs', async () => {
    const out = join(root, 'in/shoot-1/out');
    expect(
      await runCli(['process', join(root, 'in/shoot-1'), '--out', out, '--json'], capture()),
    ).toBe(0);
    const io = capture();
    expect(await runCli(['process', join(root, 'in/shoot-1'), '--out', out, '--json'], io)).toBe(0);
    expect(io.stdout.at(-1)).toBe('{"summary":{"done":1,"failed":0}}');
    expect((await readdir(out)).sort()).toEqual(['a.thumb.png', 'a.webp']);
  });

  it('leaves nothing of a file whose outputs cannot be written', async () => {
    const out = join(root, 'out-blocked');
    await mkdir(join(out, 'b.webp'), { recursive: true }); // a folder where the main image should go
    const io = capture();
    const code = await runCli(
      ['process', join(root, 'in/shoot-2/b.png'), '--out', out, '--json'],
      io,
    );
    expect(code).toBe(1);
    expect(JSON.parse(io.stdout[0]!).error.code).toBe('write-failed');
    expect(await readdir(out)).toEqual(['b.webp']);
  });

  it('fails only the file whose worker crashed', async () => {
    const input = join(root, 'crash-in');
    await mkdir(input);
    await fx.put(input, 'boom__crash__.jpg', await fx.noisyJpeg(200, 100));
    await fx.put(input, 'fine.jpg', await fx.noisyJpeg(200, 100));
    const previous = process.env.UPLOADER_TEST_HOOKS;
    process.env.UPLOADER_TEST_HOOKS = '1';
    try {
      const io = capture();
      const code = await runCli(
        ['process', input, '--out', join(root, 'out-crash'), '--json', '--workers', '1'],
        io,
      );
      expect(code).toBe(1);
      expect(io.stdout.map((l) => JSON.parse(l).status ?? JSON.parse(l).summary)).toEqual([
        'failed',
        'done',
        { done: 1, failed: 1 },
      ]);
    } finally {
      if (previous === undefined) delete process.env.UPLOADER_TEST_HOOKS;
      else process.env.UPLOADER_TEST_HOOKS = previous;
    }
  });

  it('refuses a name with a line feed or a direction override, on one line with the characters written out', async () => {
    await mkdir(join(root, 'odd'));
    await fx.put(root, 'odd/two\nlines.jpg', await fx.noisyJpeg(300, 200, 3));
    await fx.put(root, 'odd/invoice\u202Egnp.exe.jpg', await fx.noisyJpeg(300, 200, 4));
    const io = capture();
    const code = await runCli(['process', join(root, 'odd'), '--out', join(root, 'out-odd')], io);
    expect(code).toBe(1);
    const failed = io.stdout.filter((l) => l.startsWith('failed'));
    expect(failed).toHaveLength(2);
    for (const line of failed) {
      expect(line).not.toMatch(/[\n\u202e]/);
      expect(line).toMatch(/invisible/);
    }
    expect(failed.join('|')).toContain('two\\u000Alines.jpg');
    expect(failed.join('|')).toContain('invoice\\u202Egnp.exe.jpg');
    expect(io.stdout.at(-1)).toMatch(/0 done, 2 failed|0 .*2 failed/);
  });

  it('exits 2 with a one-line reason for usage errors, and 0 for --help', async () => {
    const file = join(root, 'in/notes.txt');
    for (const args of [
      [],
      ['nope'],
      ['process'],
      ['process', root],
      ['process', root, '--out', file],
      ['process', root, '-o', 'x', '--bogus'],
      ['process', root, '-o', 'x', '--workers', 'two'],
    ]) {
      const io = capture();
      expect(await runCli(args, io)).toBe(2);
      expect(io.stdout).toEqual([]);
      expect(io.stderr).toHaveLength(1);
      expect(io.stderr[0]).toMatch(/^error: .*Run with --help for usage\.$/);
    }
    for (const args of [['--help'], ['process', '--help']]) {
      const io = capture();
      expect(await runCli(args, io)).toBe(0);
      expect(io.stdout.join('\n')).toContain('Usage: npm run cli --');
    }
  });

  it('runs as `npm run cli` with real exit codes', async () => {
    const run = promisify(execFile);
    const out = join(root, 'out-npm');
    const ok = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'process',
      join(root, 'in/shoot-2/b.png'),
      '--out',
      out,
      '--json',
    ]);
    expect(ok.stdout.trim().split('\n').at(-1)).toBe('{"summary":{"done":1,"failed":0}}');
    const failed = await run('npm', [
      'run',
      '-s',
      'cli',
      '--',
      'process',
      join(root, 'in/empty.jpg'),
      '--out',
      out,
    ]).catch((e) => e);
    expect(failed.code).toBe(1);
    const usage = await run('npm', ['run', '-s', 'cli', '--', 'process']).catch((e) => e);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  });
});
