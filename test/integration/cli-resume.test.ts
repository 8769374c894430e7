/**
 * Real processes: the CLI is killed (kill -9, or Ctrl+C) in the middle of an upload to the
 * emulator, then `resume` finishes the batch. Every variant ends up on the emulator exactly once,
 * and only what was in flight at the kill is ever sent twice.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import { emulatorEnv, spawnCli, startEmulatorIn, type CliRun } from '../support/cli-process';
import { noisyJpeg } from '../support/images';

const KEY = 'private_resume_test';
const FILES = 200;
const CONCURRENCY = 4;
const FEW = 40;

let dir: string;
let emulator: RunningEmulator;
/** One entry per file the emulator stored, in order ("/folder/name"). */
const stored: string[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-resume-'));
  // photos/ holds all 200 (found recursively); photos/a alone the first 40.
  await mkdir(join(dir, 'photos/a'), { recursive: true });
  await mkdir(join(dir, 'photos/b'));
  for (let i = 0; i < FILES; i++) {
    const name = `photo-${String(i).padStart(3, '0')}.jpg`;
    const sub = i < FEW ? 'a' : 'b';
    await writeFile(join(dir, 'photos', sub, name), await noisyJpeg(96, 64, i + 1));
  }
  emulator = await startEmulatorIn(dir, KEY, 'public_resume', {
    faults: { latencyMs: 25 },
    log: (line) => {
      const m = /^stored (\S+) /.exec(line);
      if (m?.[1]) stored.push(m[1]);
    },
  });
}, 120_000);

afterAll(async () => {
  await emulator.close();
  await rm(dir, { recursive: true, force: true });
});

function cli(args: readonly string[]): CliRun {
  return spawnCli(args, emulatorEnv(emulator, KEY));
}

async function until(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every variant the journal records as confirmed by the server ("/folder/name"). */
function journaledUploads(stateDir: string): Set<string> {
  const db = new DatabaseSync(join(stateDir, 'state.db'));
  try {
    const rows = db.prepare('SELECT uploaded FROM jobs').all() as { uploaded: string }[];
    const paths = new Set<string>();
    for (const row of rows) {
      for (const ref of Object.values(
        JSON.parse(row.uploaded) as Record<string, { filePath: string }>,
      )) {
        paths.add(ref.filePath);
      }
    }
    return paths;
  } finally {
    db.close();
  }
}

function jsonLines(text: string): Record<string, unknown>[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function counts(paths: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const p of paths) m.set(p, (m.get(p) ?? 0) + 1);
  return m;
}

describe('cli upload survives kill -9 and Ctrl+C', () => {
  it('kill -9 at a random moment, then resume: each variant stored once, only in-flight ones sent twice; a re-run sends nothing', async () => {
    const stateDir = join(dir, 'state-kill');
    const folder = '/kill';
    // A random moment: after somewhere between 5 and 340 of the 400 variants were stored.
    const killAfter = 5 + Math.floor(Math.random() * 336);
    console.log(`kill -9 after ${killAfter} stored variants`);
    const first = cli([
      'upload',
      join(dir, 'photos'),
      '--folder',
      folder,
      '--json',
      '--concurrency',
      String(CONCURRENCY),
      '--state-dir',
      stateDir,
    ]);
    await until(() => stored.filter((p) => p.startsWith(`${folder}/`)).length >= killAfter);
    first.child.kill('SIGKILL');
    const killed = await first.exit;
    expect(killed.code).toBeNull();
    const storedAtKill = stored.length;
    const journaled = journaledUploads(stateDir);

    const resumed = await cli(['resume', '--state-dir', stateDir, '--json']).exit;
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    const lines = jsonLines(resumed.stdout);
    const summary = lines.at(-1) as { summary: { done: number; skipped: number; failed: number } };
    expect(summary.summary.failed).toBe(0);
    // No file is reported twice across the two runs, and the history has each exactly once.
    const reported = [...jsonLines(killed.stdout), ...lines.slice(0, -1)].map((l) => l.source);
    expect(new Set(reported).size).toBe(reported.length);
    const history = await cli(['history', '--state-dir', stateDir, '--folder', folder]).exit;
    expect(history.code).toBe(0);
    const sources = jsonLines(history.stdout).map((l) => l.source);
    expect(sources).toHaveLength(FILES);
    expect(new Set(sources).size).toBe(FILES);

    // The emulator's library: every file exactly once per variant.
    const library = emulator.files().filter((f) => f.filePath.startsWith(`${folder}/`));
    expect(library).toHaveLength(FILES * 2);
    expect(new Set(library.map((f) => f.filePath)).size).toBe(FILES * 2);
    // The emulator's log: a variant stored twice is one whose upload was in flight at the kill
    // (not yet confirmed in the journal); at most one per upload slot.
    const sent = counts(stored.filter((p) => p.startsWith(`${folder}/`)));
    expect(sent.size).toBe(FILES * 2);
    const twice = [...sent].filter(([, n]) => n > 1).map(([p]) => p);
    expect(Math.max(...sent.values())).toBeLessThanOrEqual(2);
    expect(twice.length).toBeLessThanOrEqual(CONCURRENCY);
    for (const path of twice) expect(journaled.has(path)).toBe(false);
    // Nothing journaled as uploaded was sent after the kill.
    const afterKill = stored.slice(storedAtKill);
    for (const path of afterKill) expect(journaled.has(path)).toBe(false);

    // The same inputs again: every file is in the history, so not a single request is made.
    const before = emulator.stats().requests;
    const again = await cli([
      'upload',
      join(dir, 'photos'),
      '--folder',
      folder,
      '--json',
      '--state-dir',
      stateDir,
    ]).exit;
    expect(again.code).toBe(0);
    const againLines = jsonLines(again.stdout);
    expect(againLines.at(-1)).toEqual({ summary: { done: 0, skipped: FILES, failed: 0 } });
    const firstSkip = againLines[0] as {
      status: string;
      main: { url: string };
      thumb: { url: string };
    };
    expect(firstSkip.status).toBe('skipped');
    expect(firstSkip.main.url).toContain(`${emulator.urlEndpoint}${folder}/photo-000-`);
    expect(firstSkip.thumb.url).toMatch(/\.thumb\.png$/);
    expect(emulator.stats().requests).toBe(before);
  }, 120_000);

  it('Ctrl+C records the state and exits 130; resume finishes the rest', async () => {
    const stateDir = join(dir, 'state-int');
    const folder = '/int';
    const run = cli([
      'upload',
      join(dir, 'photos/a'),
      '--folder',
      folder,
      '--json',
      '--state-dir',
      stateDir,
    ]);
    await until(() => stored.filter((p) => p.startsWith(`${folder}/`)).length >= 10);
    run.child.kill('SIGINT');
    const stopped = await run.exit;
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toMatch(
      /Stopped: \d+ files are not finished\. Run `npm run cli -- resume --state-dir/,
    );
    // With --json, stdout ends with a summary that counts the files not finished.
    const lines = jsonLines(stopped.stdout);
    const done = lines.length - 1;
    expect(lines.at(-1)).toEqual({
      summary: { done, skipped: 0, failed: 0, stopped: FEW - done },
    });
    const resumed = await cli(['resume', '--state-dir', stateDir]).exit;
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`${FEW - done} uploaded, 0 failed\\.$`, 'm'));
    const library = emulator.files().filter((f) => f.filePath.startsWith(`${folder}/`));
    expect(library).toHaveLength(FEW * 2);
  }, 120_000);
});
