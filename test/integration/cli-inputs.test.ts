/**
 * Real CLI processes and what they are given: a symlinked folder named on the command line, the
 * same picture twice in one batch, an --out or a --state-dir that cannot be made, and Ctrl+C
 * during `process`.
 */
import { copyFile, mkdir, readdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliRig, jsonLines, type CliRig } from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { until } from './until';

let rig: CliRig;
let dir: string;

beforeAll(async () => {
  rig = await cliRig('uploader-cli-inputs-', 'private_cli_inputs');
  dir = rig.dir;
  await mkdir(join(dir, 'real/inner'), { recursive: true });
  await writeFile(join(dir, 'real/a.jpg'), await noisyJpeg(320, 200, 61));
  await writeFile(join(dir, 'real/inner/b.jpg'), await noisyJpeg(200, 320, 62));
  // A link to the folder, and inside the folder a link to a file, which a walk never follows.
  await symlink(join(dir, 'real'), join(dir, 'linked'));
  await symlink(join(dir, 'real/a.jpg'), join(dir, 'real/inner/alias.jpg'));
  await mkdir(join(dir, 'twins'));
  await writeFile(join(dir, 'twins/first.jpg'), await noisyJpeg(300, 200, 63));
  await copyFile(join(dir, 'twins/first.jpg'), join(dir, 'twins/second.jpg'));
  await mkdir(join(dir, 'many'));
  for (let i = 0; i < 24; i++) {
    await writeFile(join(dir, 'many', `big-${i}.jpg`), await noisyJpeg(2400, 1600, 70 + i));
  }
}, 120_000);

afterAll(() => rig.close());

const cli = (args: readonly string[]) => rig.cli(args);

describe('cli inputs', () => {
  it('follows a symlinked folder named on the command line, but no link inside it', async () => {
    const linked = join(dir, 'linked');
    const upload = await cli([
      'upload',
      linked,
      '--folder',
      '/linked',
      '--json',
      '--state-dir',
      join(dir, 'state-linked'),
    ]).exit;
    const lines = jsonLines(upload.stdout);
    // Files are known by where they really are; the refused link by the path it was found at.
    expect(lines.slice(0, -1).map((l) => [l.source, l.status])).toEqual([
      [join(dir, 'real/a.jpg'), 'done'],
      [join(linked, 'inner/alias.jpg'), 'failed'],
      [join(dir, 'real/inner/b.jpg'), 'done'],
    ]);
    expect(lines[1]).toMatchObject({ error: { code: 'is-symlink' } });
    expect(upload.code).toBe(1);

    const out = join(dir, 'out-linked');
    const processed = await cli(['process', linked, '--out', out, '--json']).exit;
    expect(jsonLines(processed.stdout).at(-1)).toEqual({ summary: { done: 2, failed: 1 } });
    expect((await readdir(out)).sort()).toEqual(['a.thumb.png', 'a.webp', 'b.thumb.png', 'b.webp']);
    if (process.platform !== 'win32') {
      // The folder it made and the files it wrote are the user's alone.
      expect((await stat(out)).mode & 0o777).toBe(0o700);
      for (const name of await readdir(out)) {
        expect((await stat(join(out, name))).mode & 0o777, name).toBe(0o600);
      }
    }
  }, 120_000);

  it('says a second copy of a picture in one batch is the same picture as the first', async () => {
    const run = await cli([
      'upload',
      join(dir, 'twins'),
      '--folder',
      '/twins',
      '--state-dir',
      join(dir, 'state-twins'),
    ]).exit;
    expect(run.code).toBe(0);
    const [a, b, summary] = run.stdout.trim().split('\n');
    const done = [a, b].find((l) => l?.startsWith('done'));
    const skipped = [a, b].find((l) => l?.startsWith('skipped'));
    expect(done).toBeDefined();
    const uploaded = /twins\/(first|second)\.jpg/.exec(done ?? '')?.[1];
    const other = uploaded === 'first' ? 'second' : 'first';
    expect(skipped).toMatch(
      new RegExp(
        `^skipped .*${other}\\.jpg: the same picture as .*${uploaded}\\.jpg, uploaded once -> `,
      ),
    );
    expect(skipped).not.toMatch(/already uploaded/);
    expect(summary).toBe('1 uploaded, 1 skipped (uploaded before), 0 failed.');
    const stored = rig.emulator.files().filter((f) => f.filePath.startsWith('/twins/'));
    expect(stored).toHaveLength(2);
  }, 120_000);

  it('refuses an --out it cannot make at once, naming --out', async () => {
    const file = join(dir, 'twins/first.jpg');
    const targets = [join(file, 'results')];
    if (process.platform === 'linux') targets.push('/proc/uploader-results');
    for (const out of targets) {
      const run = await cli(['process', join(dir, 'twins'), '--out', out]).exit;
      expect(run.code, out).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toMatch(
        new RegExp(`^error: --out "${out}" cannot be created or written \\(E[A-Z]+\\)\\. `),
      );
    }
  }, 60_000);

  it('refuses a --state-dir it cannot make or write at once, naming --state-dir', async () => {
    const file = join(dir, 'twins/first.jpg');
    const targets = [file, join(file, 'state')];
    // Node's recursive mkdir retries such a path for ever; the CLI must answer.
    if (process.platform === 'linux') targets.push('/proc/uploader-state');
    for (const stateDir of targets) {
      const run = await cli(['upload', join(dir, 'twins'), '--state-dir', stateDir]).exit;
      expect(run.code, stateDir).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim()).toMatch(
        new RegExp(
          `^error: the state folder ${stateDir} cannot be created or written \\(E[A-Z]+\\)\\. .*--state-dir`,
        ),
      );
    }
  }, 60_000);

  it('takes a link of another scheme as a link it refuses, not as a missing path', async () => {
    const run = await cli([
      'upload',
      'ftp://example.com/a.jpg',
      '--json',
      '--state-dir',
      join(dir, 'state-ftp'),
    ]).exit;
    expect(run.code).toBe(1);
    const [line] = jsonLines(run.stdout);
    expect(line).toMatchObject({
      source: 'ftp://example.com/a.jpg',
      status: 'failed',
      error: {
        code: 'path-refused',
        message: expect.stringMatching(/^This link starts with "ftp"/),
      },
    });
  }, 60_000);

  it('Ctrl+C during process prints what was done and what was not, then exits 130', async () => {
    for (const json of [false, true]) {
      const out = join(dir, json ? 'out-stopped-json' : 'out-stopped');
      const args = ['process', join(dir, 'many'), '--out', out, '--workers', '1'];
      const run = cli(json ? [...args, '--json'] : args);
      await until(() => run.output.stdout.length > 0, 'a first result', 60_000);
      run.child.kill('SIGINT');
      const { code, stdout } = await run.exit;
      expect(code).toBe(130);
      const lines = stdout.trim().split('\n');
      const files = lines.length - 1;
      expect(files).toBeGreaterThan(0);
      expect(files).toBeLessThan(24);
      if (json) {
        expect(JSON.parse(lines.at(-1) as string)).toEqual({
          summary: { done: files, failed: 0, stopped: 24 - files },
        });
      } else {
        expect(lines.at(-1)).toBe(
          `Stopped: ${files} done, 0 failed, ${24 - files} not processed. Results are in ${out}; run the command again to make the rest.`,
        );
      }
    }
  }, 180_000);
});
