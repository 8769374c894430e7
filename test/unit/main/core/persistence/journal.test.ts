import { describe, expect, it, vi } from 'vitest';
import { Journal } from '../../../../../src/main/core/persistence';
import { migrate } from '../../../../../src/main/core/persistence/schema';
import { openDatabase, type Database } from '../../../../../src/main/core/persistence/sqlite';
import type { Job, UploadingJob } from '../../../../../src/shared/jobs';

let ord = 0;
const nextOrd = (): number => ++ord;

function db(): Database {
  const d = openDatabase(':memory:');
  migrate(d);
  return d;
}

/** A journal that writes only when flushed, and the write errors it reported. */
function reportingJournal(d: Database): { journal: Journal; errors: unknown[] } {
  const errors: unknown[] = [];
  const onWriteError = (e: unknown) => void errors.push(e);
  return {
    journal: new Journal(d, { nextOrd, session: 's', intervalMs: 60_000, onWriteError }),
    errors,
  };
}

/** Counts the transactions committed through `d` from now on. */
function countCommits(d: Database): { n: number } {
  const counter = { n: 0 };
  const exec = d.exec.bind(d);
  d.exec = (sql: string) => {
    if (sql === 'COMMIT') counter.n += 1;
    return exec(sql);
  };
  return counter;
}

/** Rows SQLite changed on this connection so far. */
function changes(d: Database): number {
  return Number((d.prepare('SELECT total_changes() AS n').get() as { n: number }).n);
}

const file = (i: number) => ({ path: `/p/${i}.jpg`, name: `${i}.jpg`, bytes: 1000 + i });
const queued = (i: number): Job => ({ id: `j${i}`, file: file(i), addedAt: i, status: 'queued' });
const image = { format: 'jpeg', width: 100, height: 80, animated: false } as const;
const info = (variant: 'main' | 'thumb') =>
  ({
    variant,
    format: 'webp',
    width: 100,
    height: 80,
    bytes: 500,
    quality: 80,
    encodes: 1,
  }) as const;

function uploading(i: number, sent: number, mainDone = false): UploadingJob {
  const ref = { fileId: 'f', url: 'https://x/y.webp', filePath: '/y.webp' };
  return {
    id: `j${i}`,
    file: file(i),
    addedAt: i,
    status: 'uploading',
    image,
    variants: { main: info('main'), thumb: info('thumb') },
    uploads: {
      main: mainDone
        ? { state: 'done', result: { ...info('main'), ...ref } }
        : { state: 'sending', sent, total: 500, attempt: 1 },
      thumb: { state: 'waiting' },
    },
  };
}

describe('Journal', () => {
  it('coalesces changes per job into one write and never writes byte progress', () => {
    const d = db();
    const journal = new Journal(d, { nextOrd, session: 's', intervalMs: 60_000 });
    journal.put(queued(1));
    journal.put({ ...queued(1), status: 'processing', image: null });
    journal.put(uploading(1, 0));
    journal.flush();
    const afterFirst = changes(d);
    expect(afterFirst).toBe(1);
    for (let sent = 1; sent <= 100; sent++) journal.put(uploading(1, sent));
    journal.flush();
    expect(changes(d)).toBe(afterFirst);
    journal.put(uploading(1, 500, true));
    journal.flush();
    expect(changes(d)).toBe(afterFirst + 1);
    const stored = JSON.parse(
      (d.prepare('SELECT job FROM jobs').get() as { job: string }).job,
    ) as UploadingJob;
    expect(stored.uploads.main.state).toBe('done');
  });

  it('leaves a written row’s unfinished steps for the next commit, and asks for one otherwise', () => {
    vi.useFakeTimers();
    try {
      const d = db();
      const commits = countCommits(d);
      const journal = new Journal(d, { nextOrd, session: 's', intervalMs: 100 });
      const status = () =>
        (d.prepare('SELECT status FROM jobs').get() as { status: string }).status;
      // A new row is written within the interval: after a crash it must come back.
      journal.put(queued(1));
      vi.advanceTimersByTime(100);
      expect(commits.n).toBe(1);
      // Queued to processing to uploading: a restart queues it again whatever the row says.
      journal.put({ ...queued(1), status: 'processing', image: null });
      journal.note('j1', { sha256: 'ab' });
      journal.put(uploading(1, 0));
      vi.advanceTimersByTime(1_000);
      expect(commits.n).toBe(1);
      expect(status()).toBe('queued');
      // The next commit (here an upload result) carries them along.
      const ref = { fileId: 'f', url: 'u', filePath: '/x.webp', name: 'x.webp', bytes: 5 };
      journal.note('j1', { uploaded: { main: ref } }, true);
      vi.runAllTimers();
      expect(commits.n).toBe(2);
      expect(status()).toBe('uploading');
      expect(d.prepare('SELECT sha256 FROM jobs').get()).toEqual({ sha256: 'ab' });
      // From an outcome back to work (Retry) is written within the interval.
      journal.put({ id: 'j1', file: file(1), addedAt: 1, status: 'cancelled', image: null });
      journal.flush();
      journal.put(queued(1));
      vi.advanceTimersByTime(100);
      expect(commits.n).toBe(4);
      expect(status()).toBe('queued');
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes only the rows that changed, however long the list', () => {
    const d = db();
    const journal = new Journal(d, { nextOrd, session: 's', intervalMs: 60_000 });
    for (let i = 0; i < 500; i++) journal.put(queued(i));
    journal.flush();
    const before = changes(d);
    journal.put({ ...queued(7), status: 'processing', image: null });
    journal.flush();
    expect(changes(d) - before).toBe(1);
  });

  it('reads a session back in order, with upload results and the paused flag', () => {
    const d = db();
    const a = new Journal(d, { nextOrd, session: 'app', intervalMs: 60_000 });
    const other = new Journal(d, { nextOrd, session: 'cli:1', intervalMs: 60_000 });
    for (let i = 0; i < 3; i++) a.put(queued(i));
    other.put(queued(9));
    const ref = { fileId: 'f', url: 'u', filePath: '/x.webp', name: 'x.webp', bytes: 5 };
    a.note('j1', { sha256: 'ff', uploaded: { main: ref } }, true);
    a.flush();
    other.flush();
    a.setPaused(true);
    const loaded = new Journal(d, { nextOrd, session: 'app' }).load();
    expect(loaded.rows.map((r) => r.job.id)).toEqual(['j0', 'j1', 'j2']);
    expect(loaded.rows[1]).toMatchObject({ sha256: 'ff', uploaded: { main: ref } });
    expect(loaded.paused).toBe(true);
  });

  it('an upload result is written in the same turn, one commit for every result of that turn', async () => {
    const d = db();
    const commits = countCommits(d);
    const journal = new Journal(d, { nextOrd, session: 's', intervalMs: 60_000 });
    journal.put(uploading(1, 10));
    journal.put(uploading(2, 10));
    journal.flush();
    const before = commits.n;
    const ref = { fileId: 'f', url: 'u', filePath: '/x.webp', name: 'x.webp', bytes: 5 };
    journal.note('j1', { uploaded: { main: ref } }, true);
    journal.note('j2', { uploaded: { thumb: ref } }, true);
    // Not after the 60 s interval: as soon as this turn of the event loop is over.
    await new Promise((resolve) => setImmediate(resolve));
    const rows = d.prepare('SELECT uploaded FROM jobs ORDER BY ord').all() as {
      uploaded: string;
    }[];
    expect(rows.map((r) => JSON.parse(r.uploaded))).toEqual([{ main: ref }, { thumb: ref }]);
    expect(commits.n - before).toBe(1);
  });

  it('writes another table’s rows in the same commit, and alone when the journal cannot', () => {
    const d = db();
    d.exec('CREATE TABLE other (v TEXT)');
    const commits = countCommits(d);
    const { journal, errors } = reportingJournal(d);
    const other = (v: string) => () => void d.prepare('INSERT INTO other VALUES (?)').run(v);
    journal.put(queued(1));
    journal.flush(other('with the row'));
    expect(commits.n).toBe(1);
    expect(d.prepare('SELECT count(*) AS n FROM jobs').get()).toEqual({ n: 1 });
    // Nothing of its own pending: the other rows are still written.
    journal.flush(other('alone'));
    // The journal's own write fails: its transaction is rolled back, the other rows are not lost.
    d.exec('DROP TABLE jobs');
    journal.put(queued(2));
    journal.flush(other('after a failure'));
    expect(errors).toHaveLength(1);
    const values = d.prepare('SELECT v FROM other').all() as { v: string }[];
    expect(values.map((r) => r.v)).toEqual(['with the row', 'alone', 'after a failure']);
  });

  it('before an update is shown, writes what is pending only when it holds an outcome', () => {
    const d = db();
    const journal = new Journal(d, { nextOrd, session: 's', intervalMs: 60_000 });
    const count = () => (d.prepare('SELECT count(*) AS n FROM jobs').get() as { n: number }).n;
    journal.put(queued(1));
    journal.beforePush();
    expect(count()).toBe(0);
    journal.put({ id: 'j2', file: file(2), addedAt: 2, status: 'cancelled', image: null });
    journal.beforePush();
    expect(count()).toBe(2);
    journal.remove('j1');
    journal.beforePush();
    expect(count()).toBe(1);
  });

  it('on a full disk it says so once and the batch goes on', () => {
    const d = db();
    d.exec(
      'PRAGMA max_page_count = ' +
        (d.prepare('PRAGMA page_count').get() as { page_count: number }).page_count,
    );
    const { journal, errors } = reportingJournal(d);
    for (let i = 0; i < 200; i++)
      journal.put({ ...queued(i), file: { ...file(i), path: 'x'.repeat(2000) } });
    expect(() => journal.flush()).not.toThrow();
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/full/);
    expect(() => {
      journal.put(queued(500));
      journal.flush();
    }).not.toThrow();
    expect(errors).toHaveLength(1);
  });
});
