/**
 * The journal: the current list of jobs, kept in the state database so a crash, a kill or a
 * power cut loses at most the last ~100 ms of state changes (and never an upload result: those
 * are written in the same turn of the event loop, and a finished file together with its history
 * entry). Changes are coalesced per job and written in one transaction per interval; each write
 * touches only the rows that changed, so its cost does not grow with the length of the list.
 * Byte progress is never written. Every commit waits for the disk (fsync, about 0.7 ms on an
 * SSD), so commits are shared wherever the promise above allows.
 */
import type { Job, JobId } from '../../../shared/jobs';
import {
  isFinal,
  mirrorOf,
  notWorthKeeping,
  readSession,
  signatureOf,
  storable,
  type JobExtras,
  type JournalRow,
  type Mirror,
} from './journal-rows';
import type { Database } from './sqlite';

export type { JobExtras, JournalRow } from './journal-rows';

export interface JournalOptions {
  /** Which list this is: "app" for the desktop app, one per run for the CLI. */
  readonly session: string;
  readonly intervalMs?: number;
  /** Called once when a write fails; the journal then stops writing and the batch goes on. */
  readonly onWriteError?: (err: unknown) => void;
  /** The next row number; shared by every journal on the database, so rows never collide. */
  readonly nextOrd: () => number;
}

/** Journals one session's jobs; see the file comment. */
export class Journal {
  readonly session: string;
  private readonly mirror = new Map<JobId, Mirror>();
  private readonly dirty = new Set<JobId>();
  /** Removed jobs and their row numbers. */
  private readonly removed = new Map<JobId, number>();
  private readonly intervalMs: number;
  private readonly insert;
  private readonly update;
  private readonly remove1;
  private readonly setMeta;
  private timer: NodeJS.Timeout | null = null;
  private urgent: NodeJS.Immediate | null = null;
  /** Whether a pending change is an outcome (a finished row, a removal). */
  private finalPending = false;
  private writing = true;

  constructor(
    private readonly db: Database,
    private readonly opts: JournalOptions,
  ) {
    this.session = opts.session;
    this.intervalMs = opts.intervalMs ?? 100;
    // Rows are keyed by their number (SQLite's rowid), so jobs added together sit together on
    // disk and a batch of changes to neighbouring jobs rewrites few pages, however long the list.
    this.insert = db.prepare(
      `INSERT INTO jobs (ord, id, session, status, path, name, size, sha256, added_at, job, uploaded)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.update = db.prepare(
      'UPDATE jobs SET status = ?, size = ?, sha256 = ?, job = ?, uploaded = ? WHERE ord = ?',
    );
    this.remove1 = db.prepare('DELETE FROM jobs WHERE ord = ?');
    this.setMeta = db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
  }

  /** The session's jobs in the order they were added, and whether the user had paused. */
  load(): { readonly rows: JournalRow[]; readonly paused: boolean } {
    const { rows, paused } = readSession(this.db, this.session);
    for (const { id, ord, row } of rows) this.mirror.set(id, mirrorOf(ord, row.job, row, true));
    return { rows: rows.map((r) => r.row), paused };
  }

  /** Record a job's new state (called for every change; byte progress is dropped here). */
  put(job: Job): void {
    if (notWorthKeeping(job)) return;
    const known = this.mirror.get(job.id);
    const signature = signatureOf(job);
    // Unchanged (a restored row put back as it was), or an upload that only moved bytes.
    if (known?.job === job) return;
    if (known && job.status === 'uploading' && known.signature === signature) return;
    // A written row moving between unfinished states: a restart queues it again whatever it
    // says, so the change waits for the next commit instead of asking for one.
    const lazy = known?.persisted === true && !isFinal(known.job) && !isFinal(job);
    if (known) {
      known.job = job;
      known.signature = signature;
    } else {
      const extras = { sha256: null, uploaded: {} };
      this.mirror.set(job.id, mirrorOf(this.opts.nextOrd(), job, extras, false));
    }
    if (isFinal(job)) this.finalPending = true;
    this.mark(job.id, !lazy);
  }

  /**
   * Record what the pipeline learnt. `urgent` (an upload result, which must survive) writes it
   * before this turn of the event loop ends, in one commit with whatever else the turn changed:
   * the other variant's result, or the finished file and its history entry (`flush(also)`).
   */
  note(id: JobId, extras: Partial<JobExtras>, urgent = false): void {
    const known = this.mirror.get(id);
    if (!known) return;
    known.extras = { ...known.extras, ...extras };
    // The hash alone matters only next to an upload result, whose note carries it along.
    this.mark(id, urgent || !known.persisted || extras.uploaded !== undefined);
    if (urgent && !this.urgent && this.writing) this.urgent = setImmediate(() => this.flush());
  }

  /** Before an update is shown: writes what is pending if any of it is an outcome. */
  beforePush(): void {
    if (this.finalPending) this.flush();
  }

  /** Forget a job (the user cleared it). */
  remove(id: JobId): void {
    const known = this.mirror.get(id);
    if (!known) return;
    this.mirror.delete(id);
    this.dirty.delete(id);
    this.removed.set(id, known.ord);
    this.finalPending = true;
    this.schedule();
  }

  /** Remember whether the user paused, so the next start stays paused. */
  setPaused(paused: boolean): void {
    this.guard(() => this.setMeta.run(`paused:${this.session}`, paused ? '1' : '0'));
  }

  /**
   * Write every pending change now, and `also` in the same transaction. `also` runs once
   * whatever happens: alone when there is nothing else to write, journaling has stopped, or
   * the transaction failed (then its rows must not be lost with the journal's).
   */
  flush(also?: () => void): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.urgent) clearImmediate(this.urgent);
    this.timer = null;
    this.urgent = null;
    this.finalPending = false;
    if ((this.dirty.size === 0 && this.removed.size === 0) || !this.writing) {
      also?.();
      return;
    }
    const dirty = [...this.dirty];
    const removed = [...this.removed.values()];
    this.dirty.clear();
    this.removed.clear();
    let alsoWritten = false;
    this.guard(() => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        also?.();
        for (const ord of removed) this.remove1.run(ord);
        for (const id of dirty) this.write(id);
        this.db.exec('COMMIT');
        alsoWritten = true;
      } catch (err) {
        if (this.db.isTransaction) this.db.exec('ROLLBACK');
        throw err;
      }
    });
    if (!alsoWritten) also?.();
  }

  /** Write what is pending and stop journaling (the service is closing; what follows is teardown). */
  stop(): void {
    this.flush();
    this.writing = false;
  }

  private write(id: JobId): void {
    const m = this.mirror.get(id);
    if (!m) return;
    const { job, extras } = m;
    const text = JSON.stringify(storable(job));
    const uploaded = JSON.stringify(extras.uploaded);
    if (m.persisted) {
      this.update.run(job.status, job.file.bytes, extras.sha256, text, uploaded, m.ord);
      return;
    }
    this.insert.run(
      m.ord,
      id,
      this.session,
      job.status,
      job.file.path,
      job.file.name,
      job.file.bytes,
      extras.sha256,
      job.addedAt,
      text,
      uploaded,
    );
    m.persisted = true;
  }

  /** `soon`: within the interval; otherwise with the next commit that happens anyway. */
  private mark(id: JobId, soon: boolean): void {
    this.dirty.add(id);
    this.removed.delete(id);
    if (soon) this.schedule();
  }

  private schedule(): void {
    if (this.timer || !this.writing) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.intervalMs);
    this.timer.unref?.();
  }

  private guard(write: () => void): void {
    if (!this.writing) return;
    try {
      write();
    } catch (err) {
      this.writing = false;
      this.opts.onWriteError?.(err);
    }
  }
}
