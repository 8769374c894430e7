import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { runCli } from '../../src/main/cli/run';
import { captureIo as capture, emulatorEnv, startEmulatorIn } from '../support/cli-process';
import { noisyJpeg } from '../support/images';
import { startLinkServer, type LinkServer } from '../support/link-server';

const KEY = 'private_cli_links';
let dir: string;
let emulator: RunningEmulator;
let web: LinkServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-cli-links-'));
  await writeFile(join(dir, 'a.jpg'), await noisyJpeg(1000, 700, 31));
  emulator = await startEmulatorIn(dir, KEY, 'public_cli_links');
  web = await startLinkServer();
  web.put('/img/b.png', { body: await noisyJpeg(900, 600, 32) });
  web.put('/page', { headers: { 'content-type': 'image/jpeg' }, body: '<html>hello</html>' });
});

afterAll(async () => {
  await web.close();
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

describe('cli upload with links', () => {
  it('takes links beside paths: one JSON line per input in order, the link as its source', async () => {
    const io = capture();
    const stateDir = join(dir, 'state');
    const link = `${web.origin}/img/b.png`;
    const page = `${web.origin}/page`;
    const code = await runCli(
      [
        'upload',
        join(dir, 'a.jpg'),
        link,
        page,
        '--alt',
        'Harbour at dusk',
        '--json',
        '--state-dir',
        stateDir,
      ],
      io,
      { env: emulatorEnv(emulator, KEY) },
    );
    expect(code).toBe(1);
    const lines = io.lines.map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.source, l.status ?? 'summary'])).toEqual([
      [join(dir, 'a.jpg'), 'done'],
      [link, 'done'],
      [page, 'failed'],
      [undefined, 'summary'],
    ]);
    expect(lines[1].main.url).toContain(emulator.urlEndpoint);
    expect(lines[1].main.url).toMatch(/\/b[^/]*\.webp$/);
    expect(lines[2].error).toMatchObject({ code: 'not-an-image' });
    expect(lines[2].error.message).toMatch(/gave a web page or text, not an image/);
    expect(lines.at(-1)).toEqual({ summary: { done: 2, skipped: 0, failed: 1 } });
    expect(web.hits.get('/img/b.png')).toBe(1);
    // --alt reaches the downloaded file's variants as it reaches the file's.
    const stored = emulator.files();
    expect(stored).toHaveLength(4);
    expect(stored.map((f) => f.description)).toEqual(Array(4).fill('Harbour at dusk'));

    // The downloads folder is private, and holds nothing once the upload is done.
    const downloads = join(stateDir, 'downloads');
    expect((await stat(downloads)).mode & 0o777).toBe(0o700);
    expect(await readdir(downloads)).toEqual([]);

    // History keeps the link as the source.
    const history = capture();
    await runCli(['history', '--format', 'json', '--state-dir', stateDir], history, { env: {} });
    expect(history.lines.join('\n')).toContain(link);
  });
});
