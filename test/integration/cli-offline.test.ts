/**
 * The emulator goes away mid-batch for much longer than the per-file deadline, then comes back
 * on the same port: the CLI (a real process) waits, says so on stderr, and ends with every file
 * uploaded once, exit 0.
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { noisyJpeg, tempDir } from '../support/images';
import { until } from './until';

const KEY = 'private_cli_offline';
const PUBLIC = 'public_cli_offline';
const FILES = 10;
const DEADLINE_S = 5;
const OUTAGE_MS = 13_000;

let dir: string;
let cleanup: () => Promise<void>;
const emulators: RunningEmulator[] = [];

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('uploader-cli-offline-'));
  await mkdir(join(dir, 'photos'));
  for (let i = 0; i < FILES; i++) {
    await writeFile(join(dir, 'photos', `dune-${i}.jpg`), await noisyJpeg(700 + i, 500, i + 11));
  }
});

afterAll(async () => {
  for (const e of emulators) await e.close();
  await cleanup();
});

function emulatorOn(port: number): Promise<RunningEmulator> {
  return startEmulator({
    dataDir: join(dir, 'emu'),
    privateKey: KEY,
    publicKey: PUBLIC,
    port,
    faults: { latencyMs: 150 },
  }).then((e) => {
    emulators.push(e);
    return e;
  });
}

describe('cli upload while ImageKit goes away and comes back', () => {
  it('waits longer than the deadline, prints a line every 10 s, then finishes: 0 failures, exit 0', async () => {
    const first = await emulatorOn(0);
    const port = Number(new URL(first.origin).port);
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/main/cli.ts',
        'upload',
        join(dir, 'photos'),
        '--json',
        '--deadline',
        String(DEADLINE_S),
        '--folder',
        '/offline',
      ],
      {
        env: {
          ...process.env,
          IMAGEKIT_PRIVATE_KEY: KEY,
          IMAGEKIT_UPLOAD_URL: first.uploadUrl,
          IMAGEKIT_API_URL: first.apiUrl,
          IMAGEKIT_URL_ENDPOINT: first.urlEndpoint,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

    // Stop ImageKit once the batch is under way: some files stored, the rest still to go.
    await until(() => first.files().length >= 4, 'the first uploads');
    await first.close();
    const down = Date.now();
    await until(() => stderr.includes('Offline:'), 'the offline line', 10_000);
    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - down))));
    // The second line comes 10 s after the first; a busy machine may have noticed the outage late.
    const offlineCount = () => stderr.split('\n').filter((l) => l.startsWith('Offline:')).length;
    await until(() => offlineCount() >= 2, 'the second offline line', 15_000);
    const during = stderr;
    const second = await emulatorOn(port);
    const code = await exited;

    expect(code).toBe(0);
    // At once, then 10 s later: at least two lines over a 13 s outage.
    const offlineLines = during.split('\n').filter((l) => l.startsWith('Offline:'));
    expect(offlineLines.length).toBeGreaterThanOrEqual(2);
    expect(offlineLines[0]).toMatch(
      new RegExp(
        `^Offline: \\d+ files? waiting for ImageKit at 127\\.0\\.0\\.1:${port}; (they|it) continue`,
      ),
    );
    expect(stderr).toContain('The connection is back; uploads continue.');
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.at(-1)).toEqual({ summary: { done: FILES, skipped: 0, failed: 0 } });
    expect(lines.slice(0, -1).every((l) => l.status === 'done')).toBe(true);

    // Every variant stored exactly once, under the names the CLI reported.
    const stored = second.files().map((f) => f.filePath);
    expect(stored).toHaveLength(FILES * 2);
    expect(new Set(stored).size).toBe(FILES * 2);
    const reported = lines.slice(0, -1).flatMap((l) => [l.main.path, l.thumb.path]);
    expect([...reported].sort()).toEqual([...stored].sort());
  });
});
