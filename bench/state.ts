/**
 * `npm run bench:state` (also the last part of `npm run bench`): the state database on a real
 * file (WAL, synchronous=FULL). Journal cost per state change with 100 vs 10,000 jobs in the
 * list, reopening a 10,000-job session into the service, and searching 100,000 history entries.
 * Prints targets with PASS/MISS, measured in this run; exits 0 either way (machines are noisy).
 */
import '../scripts/check-node.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createService } from '../src/main/core/service/create-service';
import { StateStore, type Journal } from '../src/main/core/persistence';
import type { HistoryEntry } from '../src/shared/history';
import type { DoneJob, Job } from '../src/shared/jobs';
import { median } from './measure';
import { ms, ratio, table, verdict } from './report';

const BATCH = 100; // changes per journal transaction (~100 ms of a busy batch)
const CHANGES = 3_000;
const ROUNDS = 5;
/** The journal's ratio is a few µs against a few µs: more rounds steady its medians. */
const JOURNAL_ROUNDS = 15;
const SEARCHES = ['beach', 'IMG_12', 'dsc', 'harbour-at', 'zzz-none', 'e'];

const root = mkdtempSync(join(tmpdir(), 'uploader-bench-state-'));
let dirs = 0;
const freshDir = (): string => join(root, `s${++dirs}`);

const file = (i: number) => ({ path: join(root, `p${i}.jpg`), name: `p${i}.jpg`, bytes: 100 });
const queued = (i: number): Job => ({ id: `j${i}`, file: file(i), addedAt: i, status: 'queued' });
const variant = (v: 'main' | 'thumb', i: number) => ({
  variant: v,
  format: v === 'main' ? ('webp' as const) : ('png' as const),
  width: 800,
  height: 533,
  bytes: 50_000 + i,
  quality: 80,
  encodes: 2,
  fileId: `file_${v}_${i}`,
  url: `https://ik.imagekit.io/demo/blog/p${i}-0123abcd${v === 'main' ? '' : '.thumb'}.webp`,
  filePath: `/blog/p${i}-0123abcd.webp`,
});
const done = (i: number): DoneJob => ({
  ...queued(i),
  status: 'done',
  image: { format: 'jpeg', width: 4000, height: 2667, animated: false },
  uploaded: { main: variant('main', i), thumb: variant('thumb', i) },
  finishedAt: 1_700_000_000_000 + i,
  reused: null,
});

/** A job moved on to processing, sharing its id and file with `job` as the pipeline's do. */
const processing = (job: Job): Job => ({ ...job, status: 'processing', image: null });

/**
 * Gives each of the first `rows` jobs its first change (and back) before the clock starts. A
 * row's first change that makes it longer splits its page, once in the row's life: rows are
 * written packed. Unprimed, all 3,000 changes to the 10,000-row list were first changes,
 * against 100 of the 3,000 to the 100-row list.
 */
function primeRows(journal: Journal, jobs: readonly Job[], rows: number): void {
  for (const job of jobs.slice(0, rows)) journal.put(processing(job));
  journal.flush();
  for (const job of jobs.slice(0, rows)) journal.put({ ...job });
  journal.flush();
}

/**
 * Mean time per journaled change with `count` jobs in the list, in transactions of BATCH
 * changes. Each job's id string and file object are made once and shared by its states, as in
 * the pipeline: a fresh id per change made the journal's lookups compare cold strings, and its
 * young collector copy 3,000 live jobs, costs the app does not have.
 */
function journalCost(count: number): number {
  const store = StateStore.open(freshDir(), { journalIntervalMs: 3_600_000 });
  const journal = store.journal('app');
  const jobs = Array.from({ length: count }, (_, i) => queued(i));
  for (const job of jobs) journal.put(job);
  journal.flush();
  primeRows(journal, jobs, Math.min(count, CHANGES));
  // Start both sizes from an empty write-ahead log, so neither pays for copying the other's
  // fill back into the file (SQLite does that every ~1000 pages, whatever the list's length).
  store.checkpoint();
  let next = 0;
  const start = performance.now();
  for (let c = 0; c < CHANGES; c++) {
    // Each change in a batch is a different job, and they are neighbours in the list: a batch
    // moves through the list in order, so the jobs changing in the same 100 ms are close.
    const job = jobs[next++ % count]!;
    const round = Math.floor(c / count);
    journal.put(round % 2 ? { ...job } : processing(job));
    if ((c + 1) % BATCH === 0) journal.flush();
  }
  journal.flush();
  const perChange = (performance.now() - start) / CHANGES;
  store.close();
  return perChange;
}

/** Writes a 10,000-job session (90% done, 10% unfinished with files on disk). */
function buildSession(dir: string, jobs: number): void {
  const store = StateStore.open(dir, { journalIntervalMs: 3_600_000 });
  const journal = store.journal('app');
  for (let i = 0; i < jobs; i++) {
    if (i % 10 === 0) {
      writeFileSync(file(i).path, 'x'.repeat(100));
      journal.put(queued(i));
    } else journal.put(done(i));
  }
  journal.flush();
  store.close();
}

/** Opens the folder and restores the session into a service, as the app does at start. */
function reopen(dir: string): number {
  const start = performance.now();
  const store = StateStore.open(dir);
  const service = createService({
    // Restored files wait for a worker; the bench measures getting the list back, not images.
    images: { run: () => new Promise(() => {}), close: async () => {} },
    settingsStore: { load: () => undefined, save: () => {} },
    secrets: { get: () => null, set: () => {}, protection: () => 'os' },
    platform: {
      pickPaths: async () => [],
      openExternal: async () => {},
      saveFile: async () => null,
    },
    uploaderFactory: () => {
      throw new Error('no uploads in the bench');
    },
    journal: store.journal('app'),
    history: store.history,
  });
  // The list as the window asks for it at start-up.
  void service.getJobs();
  const took = performance.now() - start;
  // Teardown without journaling the stop (close() stops the journal first).
  void service.close();
  store.close();
  return took;
}

const NAMES = ['IMG_', 'DSC', 'beach-day-', 'harbour-at-dusk-', 'product-shot-', 'portrait_'];

function historyEntry(i: number): Omit<HistoryEntry, 'id'> {
  const name = `${NAMES[i % NAMES.length]}${i}.jpg`;
  const v = (s: string) => ({
    url: `https://ik.imagekit.io/demo/f${i % 20}/${name}${s}`,
    fileId: `f${i}${s}`,
    filePath: `/f${i % 20}/${name}${s}`,
    width: 800,
    height: 533,
    bytes: 40_000,
  });
  return {
    source: `/photos/${name}`,
    name,
    sha256: i.toString(16).padStart(64, '0'),
    presetsHash: 'p',
    origin: 'https://upload.imagekit.io',
    folder: `/f${i % 20}`,
    uploadedAt: 1_600_000_000_000 + i * 60_000,
    main: v('.webp'),
    thumb: v('.thumb.png'),
  };
}

function searchTimes(entries: number): { ms: number; total: number }[] {
  const dir = freshDir();
  const store = StateStore.open(dir);
  // One transaction for the fill; record() alone would commit (and fsync) each entry.
  store.history.recordMany(Array.from({ length: entries }, (_, i) => historyEntry(i)));
  const results: { ms: number; total: number }[] = [];
  for (const search of SEARCHES) {
    const runs: number[] = [];
    let total = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const start = performance.now();
      total = store.history.query({ search, limit: 200 }).total;
      runs.push(performance.now() - start);
    }
    results.push({ ms: median(runs), total });
  }
  const folder = performance.now();
  store.history.query({ folder: '/f3', limit: 200 });
  results.push({ ms: performance.now() - folder, total: -1 });
  store.close();
  return results;
}

try {
  console.log('State database (node:sqlite, WAL, synchronous=FULL, a real file)');
  // Timings scale with how busy the machine is; say so next to them.
  const [load1] = loadavg();
  console.log(`  machine: ${availableParallelism()} cores, load average ${load1?.toFixed(1)}\n`);
  const small: number[] = [];
  const large: number[] = [];
  for (let r = 0; r < JOURNAL_ROUNDS; r++) {
    small.push(journalCost(100));
    large.push(journalCost(10_000));
  }
  const c100 = median(small);
  const c10k = median(large);
  const journalRatio = c10k / c100;
  const us = (v: number) => `${(v * 1000).toFixed(1)} µs`;

  const sessionDir = freshDir();
  buildSession(sessionDir, 10_000);
  const reopenRuns = Array.from({ length: ROUNDS }, () => reopen(sessionDir));
  const reopenMs = median(reopenRuns);

  const searches = searchTimes(100_000);
  const worstSearch = Math.max(...searches.map((s) => s.ms));

  console.log(
    table([
      ['measure', 'value', 'verdict'],
      ['journal cost per change, 100 jobs', us(c100), ''],
      ['journal cost per change, 10,000 jobs', us(c10k), ''],
      ['ratio 10,000 / 100', ratio(journalRatio), verdict(journalRatio <= 1.2, '<= 1.20x')],
      ['reopen a 10,000-job session (median)', ms(reopenMs), verdict(reopenMs < 500, '< 500 ms')],
      [
        'search 100,000 history entries (slowest)',
        ms(worstSearch),
        verdict(worstSearch < 50, '< 50 ms'),
      ],
    ]),
  );
  console.log('\n  searches (median of 5, first page of 200 plus the total):');
  console.log(
    table(
      searches.map((s, i) => [
        i < SEARCHES.length ? `"${SEARCHES[i]}"` : 'folder /f3',
        ms(s.ms),
        s.total >= 0 ? `${s.total} matches` : '',
      ]),
    ),
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
