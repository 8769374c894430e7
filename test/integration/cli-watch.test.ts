import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rename, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningEmulator } from '../../src/emulator';
import { StateStore } from '../../src/main/core/persistence';
import { emulatorEnv, spawnCli, startEmulatorIn, type CliRun } from '../support/cli-process';
import { noisyJpeg } from '../support/images';

const KEY = 'private_cli_watch';
let dir: string;
let emulator: RunningEmulator;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-cli-watch-'));
  await mkdir(join(dir, 'exports'));
  await writeFile(join(dir, 'exports', 'old.jpg'), await noisyJpeg(900, 600, 1));
  const past = new Date(Date.now() - 3_600_000);
  await utimes(join(dir, 'exports', 'old.jpg'), past, past);
  emulator = await startEmulatorIn(dir, KEY, 'public_cli_watch');
});

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function watch(): CliRun {
  return spawnCli(
    [
      'watch',
      join(dir, 'exports'),
      '--folder',
      '/watched',
      '--json',
      '--state-dir',
      join(dir, 'state'),
    ],
    emulatorEnv(emulator, KEY),
  );
}

const jsonLines = (run: CliRun) =>
  run.output.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('cli watch', () => {
  it('uploads each new image once, with its final content, until Ctrl+C; leaves the old ones, renames and other files', async () => {
    const run = watch();
    await until(() => run.output.stderr.includes('Watching'), 'the watch to start');
    expect(run.output.stderr).toContain('1 image was already in');

    // An export written in pieces over 3 s, and a quick one; a text file; a rename.
    const slow = await noisyJpeg(1600, 1000, 7);
    const quick = await noisyJpeg(1200, 800, 8);
    const slowPath = join(dir, 'exports', 'slow.jpg');
    await writeFile(join(dir, 'exports', 'quick.jpg'), quick);
    await writeFile(join(dir, 'exports', 'notes.txt'), 'not an image');
    await rename(join(dir, 'exports', 'old.jpg'), join(dir, 'exports', 'old-renamed.jpg'));
    const pieces = 12;
    const size = Math.ceil(slow.byteLength / pieces);
    for (let i = 0; i < pieces; i += 1) {
      await appendFile(slowPath, slow.subarray(i * size, (i + 1) * size));
      await sleep(250);
    }
    await until(() => jsonLines(run).length >= 2, 'two uploads');
    // Nothing else comes: the rename, the text file and the old file send nothing.
    await sleep(4_000);
    run.child.kill('SIGINT');
    const exit = await run.exit;
    expect(exit.code).toBe(130);

    const lines = jsonLines(run);
    const files = lines.filter((l) => 'source' in l);
    expect(files.map((l) => [l.source, l.status]).sort()).toEqual([
      [join(dir, 'exports', 'quick.jpg'), 'done'],
      [slowPath, 'done'],
    ]);
    expect(lines.at(-1)).toEqual({ summary: { done: 2, skipped: 0, failed: 0 } });
    expect(emulator.files().filter((f) => f.filePath.startsWith('/watched/'))).toHaveLength(4);

    // What was uploaded is the whole file, not a piece of it.
    const state = StateStore.open(join(dir, 'state'));
    try {
      const entries = state.history.query({ limit: 10 }).entries;
      const slowEntry = entries.find((e) => e.source === slowPath);
      expect(slowEntry?.sha256).toBe(sha256(slow));
      expect(slowEntry?.main.width).toBe(800);
    } finally {
      state.close();
    }
  });

  it('after a restart, uploads what arrived while it was stopped, and nothing the first watch handled', async () => {
    await writeFile(join(dir, 'exports', 'meanwhile.jpg'), await noisyJpeg(1000, 700, 9));
    const run = watch();
    await until(() => run.output.stderr.includes('Watching'), 'the watch to start');
    await until(() => jsonLines(run).length >= 1, 'the file that arrived meanwhile');
    await sleep(3_000);
    run.child.kill('SIGINT');
    const exit = await run.exit;
    expect(exit.code).toBe(130);
    const files = jsonLines(run).filter((l) => 'source' in l);
    // Only what arrived while it was stopped: the files the first watch handled are old now.
    expect(files.map((l) => [l.source, l.status])).toEqual([
      [join(dir, 'exports', 'meanwhile.jpg'), 'done'],
    ]);
    expect(run.output.stderr).toContain('already in');
    expect(emulator.files().filter((f) => f.filePath.startsWith('/watched/'))).toHaveLength(6);
  });

  it('takes a file that failed again at the next start, and only that one', async () => {
    const first = watch();
    await until(() => first.output.stderr.includes('Watching'), 'the watch to start');
    await writeFile(join(dir, 'exports', 'broken.jpg'), 'these are words, not a picture');
    await until(() => jsonLines(first).some((l) => l.status === 'failed'), 'the failed line');
    first.child.kill('SIGINT');
    await first.exit;
    const again = watch();
    await until(() => again.output.stderr.includes('Watching'), 'the watch to start again');
    await until(() => jsonLines(again).some((l) => l.status === 'failed'), 'the failed line again');
    await sleep(3_000);
    again.child.kill('SIGINT');
    await again.exit;
    const files = jsonLines(again).filter((l) => 'source' in l);
    expect(files.map((l) => [l.source, l.status])).toEqual([
      [join(dir, 'exports', 'broken.jpg'), 'failed'],
    ]);
  });

  it('refuses a path that is not a folder, with a sentence and exit 2', async () => {
    const run = spawnCli(['watch', join(dir, 'nowhere')], emulatorEnv(emulator, KEY));
    const exit = await run.exit;
    expect(exit.code).toBe(2);
    expect(exit.stderr).toContain('is not a folder; name the folder to watch.');
  });
});
