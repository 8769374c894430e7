import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { runCli } from '../../src/main/cli/run';
import type { CliIo } from '../../src/main/cli/io';
import { startEmulatorIn } from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { strings } from '../../src/shared/strings';

const KEY = 'private_cli_test';
let dir: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-cli-up-'));
  await mkdir(join(dir, 'photos/a'), { recursive: true });
  await mkdir(join(dir, 'photos/b'), { recursive: true });
  await writeFile(join(dir, 'photos/a/beach.jpg'), await noisyJpeg(1600, 1000, 1));
  await writeFile(join(dir, 'photos/b/beach.jpg'), await noisyJpeg(1500, 1000, 2));
  await writeFile(join(dir, 'photos/b/notes.png'), 'just text');
  emulator = await startEmulatorIn(dir, KEY, 'public_cli');
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

function capture(): CliIo & { out: (l: string) => void; lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}

let stateDirs = 0;
/** A state folder of its own per run, so the history of one test never skips files in another. */
function stateDir(): string[] {
  stateDirs += 1;
  return ['--state-dir', join(dir, `state-${stateDirs}`)];
}

function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    IMAGEKIT_UPLOAD_URL: emulator.uploadUrl,
    IMAGEKIT_API_URL: emulator.apiUrl,
    IMAGEKIT_URL_ENDPOINT: emulator.urlEndpoint,
    ...extra,
  };
}

describe('cli upload', () => {
  it('uploads a folder, prints one JSON line per input with url and fileId, and exits 1 for the bad file', async () => {
    const io = capture();
    const code = await runCli(
      [
        'upload',
        join(dir, 'photos'),
        '--folder',
        '/cli',
        '--tags',
        'a, b',
        '--json',
        ...stateDir(),
      ],
      io,
      { env: env({ IMAGEKIT_PRIVATE_KEY: KEY }) },
    );
    expect(code).toBe(1);
    const lines = io.lines.map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ summary: { done: 2, skipped: 0, failed: 1 } });
    const [first, second, third] = lines;
    expect(first.source).toBe(join(dir, 'photos/a/beach.jpg'));
    expect(first.status).toBe('done');
    expect(first.main).toMatchObject({
      format: 'webp',
      width: 800,
      url: expect.stringContaining(emulator.urlEndpoint),
    });
    expect(first.main.fileId).toEqual(expect.any(String));
    expect(first.thumb.path).toMatch(/^\/cli\/beach-[0-9a-f]+\.thumb\.png$/);
    expect(first.main.bytes).toBeLessThanOrEqual(200_000);
    // Two beach.jpg with different content: two different stored names, both kept.
    expect(second.status).toBe('done');
    expect(second.main.path).not.toBe(first.main.path);
    expect(third).toMatchObject({ status: 'failed', error: { code: 'not-an-image' } });
    const stored = emulator.files();
    expect(stored).toHaveLength(4);
    expect(stored.every((f) => f.tags?.join(',') === 'a,b')).toBe(true);
  });

  it('running the same upload again replaces instead of duplicating', async () => {
    const before = emulator.files().length;
    const io = capture();
    const code = await runCli(
      ['upload', join(dir, 'photos/a'), '--folder', '/cli', ...stateDir()],
      io,
      {
        env: env({ IMAGEKIT_PRIVATE_KEY: KEY }),
      },
    );
    expect(code).toBe(0);
    expect(io.lines.at(-1)).toBe('1 uploaded, 0 failed.');
    expect(io.lines[0]).toMatch(
      /^done +.*beach\.jpg -> http:\/\/127\.0\.0\.1:\d+\/demo\/cli\/beach-/,
    );
    expect(emulator.files()).toHaveLength(before);
  });

  it('signs through an auth endpoint when no private key is given', async () => {
    const io = capture();
    const code = await runCli(
      ['upload', join(dir, 'photos/a'), '--folder', '/signed', '--json', ...stateDir()],
      io,
      {
        env: env({
          IMAGEKIT_AUTH_ENDPOINT: emulator.authEndpoint,
          IMAGEKIT_PUBLIC_KEY: 'public_cli',
        }),
      },
    );
    expect(code).toBe(0);
    expect(JSON.parse(io.lines[0] as string).main.path).toMatch(/^\/signed\//);
  });

  it('fails every file with the clear sentence on a wrong key (exit 1)', async () => {
    const io = capture();
    const code = await runCli(['upload', join(dir, 'photos/a'), '--json', ...stateDir()], io, {
      env: env({ IMAGEKIT_PRIVATE_KEY: 'private_wrong' }),
    });
    expect(code).toBe(1);
    const line = JSON.parse(io.lines[0] as string);
    expect(line.error.code).toBe('auth-rejected');
    expect(line.error.message).toMatch(/private key/i);
    expect(io.lines.join('\n')).not.toContain('private_wrong');
  });

  it.each([
    [['upload'], /name at least one file/],
    [['upload', 'x.jpg', '--concurrency', '0'], /--concurrency must be a whole number/],
    [['upload', 'x.jpg', '--folder', '../up'], /Folder/],
    [['upload', 'x.jpg', '--bogus'], /unknown option --bogus/],
  ])('usage error %j exits 2', async (args, message) => {
    const io = capture();
    expect(await runCli(args, io, { env: env({ IMAGEKIT_PRIVATE_KEY: KEY }) })).toBe(2);
    expect(io.errors.join('\n')).toMatch(message);
  });

  it('exits 2 and says which variables to set when there are no credentials', async () => {
    const io = capture();
    expect(await runCli(['upload', dir, ...stateDir()], io, { env: env() })).toBe(2);
    expect(io.errors.join('\n')).toMatch(/IMAGEKIT_PRIVATE_KEY/);
    const bad = capture();
    expect(
      await runCli(['upload', dir, ...stateDir()], bad, {
        env: env({ IMAGEKIT_PRIVATE_KEY: KEY, IMAGEKIT_UPLOAD_URL: 'http://example.com/up' }),
      }),
    ).toBe(2);
    expect(bad.errors.join('\n')).toMatch(/Upload URL must be an https:\/\/ address/);
  });
});

describe('cli history and duplicate skip', () => {
  it('lists uploads as json, csv, markdown and html, and a second upload is skipped until --force', async () => {
    const state = stateDir();
    const keyEnv = env({ IMAGEKIT_PRIVATE_KEY: KEY });
    expect(
      await runCli(['upload', join(dir, 'photos/a'), '--folder', '/hist', ...state], capture(), {
        env: keyEnv,
      }),
    ).toBe(0);

    const skipped = capture();
    const requests = emulator.stats().requests;
    expect(
      await runCli(
        ['upload', join(dir, 'photos/a'), '--folder', '/hist', '--json', ...state],
        skipped,
        { env: keyEnv },
      ),
    ).toBe(0);
    const line = JSON.parse(skipped.lines[0] as string);
    expect(line).toMatchObject({
      status: 'skipped',
      main: { url: expect.stringContaining('/hist/beach-') },
    });
    expect(skipped.lines.at(-1)).toBe('{"summary":{"done":0,"skipped":1,"failed":0}}');
    expect(emulator.stats().requests).toBe(requests);

    const forced = capture();
    expect(
      await runCli(
        ['upload', join(dir, 'photos/a'), '--folder', '/hist', '--force', ...state],
        forced,
        { env: keyEnv },
      ),
    ).toBe(0);
    expect(forced.lines.at(-1)).toBe('1 uploaded, 0 failed.');
    expect(emulator.stats().requests).toBe(requests + 2);

    const json = capture();
    expect(await runCli(['history', '--search', 'BEACH', ...state], json)).toBe(0);
    const entries = json.lines
      .join('\n')
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[0])).toEqual([
      'source',
      'name',
      'sha256',
      'folder',
      'uploadedAt',
      'main',
      'thumb',
      'srcset',
      'alt',
      'decorative',
      'customMetadata',
    ]);
    expect(entries[0]).toMatchObject({ name: 'beach.jpg', folder: '/hist', main: { width: 800 } });
    expect(entries[0].srcset).toBe(
      `${entries[0].main.url}?tr=w-400 400w, ${entries[0].main.url} 800w`,
    );

    const csv = capture();
    expect(await runCli(['history', '--format', 'csv', ...state], csv)).toBe(0);
    const rows = (csv.lines[0] as string).split('\r\n');
    expect(rows[0]).toMatch(/^name,source,folder,uploadedAt,sha256,mainUrl,/);
    expect(rows).toHaveLength(3);

    const md = capture();
    await runCli(['history', '--format', 'markdown', ...state], md);
    expect((md.lines[0] as string).split('\n')[0]).toMatch(
      /^!\[beach\.jpg\]\(http:\/\/127\.0\.0\.1:\d+\/demo\/hist\/beach-[0-9a-f]+\.webp\)$/,
    );
    const html = capture();
    await runCli(['history', '--format', 'html', ...state], html);
    expect((html.lines[0] as string).split('\n')[0]).toMatch(
      /^<img src="http:\/\/.*\.webp" width="800" height="\d+" alt="beach\.jpg">$/,
    );

    const responsive = capture();
    const widths = ['--widths', '320,1600,640'];
    expect(
      await runCli(['history', '--format', 'responsive', ...widths, ...state], responsive),
    ).toBe(0);
    const img = (responsive.lines[0] as string).split('\n')[0] as string;
    const src = /^<img src="([^"]+)" /.exec(img)?.[1] as string;
    expect(img).toBe(
      `<img src="${src}" srcset="${src}?tr=w-320 320w, ${src}?tr=w-640 640w, ${src} 800w" ` +
        `sizes="(max-width: 800px) 100vw, 800px" width="800" height="${/height="(\d+)"/.exec(img)?.[1]}" ` +
        'alt="beach.jpg" loading="lazy" decoding="async">',
    );
    const badWidths = capture();
    expect(
      await runCli(
        ['history', '--format', 'responsive', '--widths', '400,wide', ...state],
        badWidths,
      ),
    ).toBe(2);
    expect(badWidths.errors.join('\n')).toContain(strings.cli.badWidths('400,wide', 8, 16, 4096));

    const none = capture();
    expect(await runCli(['history', '--search', 'no-such-name', ...state], none)).toBe(0);
    expect(none.errors.join('\n')).toMatch(/No upload recorded in .* matches\./);
    const bad = capture();
    expect(await runCli(['history', '--format', 'xml', ...state], bad)).toBe(2);
    expect(bad.errors.join('\n')).toMatch(
      /--format must be one of url, markdown, html, responsive, json, csv/,
    );
    const nothing = capture();
    expect(await runCli(['resume', ...state], nothing, { env: keyEnv })).toBe(0);
    expect(nothing.errors.join('\n')).toMatch(/Nothing to resume/);
  });
});
