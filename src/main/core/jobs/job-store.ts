import type { AltText } from '../../../shared/alt';
import type { Job, JobId, JobsUpdate } from '../../../shared/jobs';
import { NO_BATCH_FLAGS, summarize, type BatchFlags } from '../../../shared/progress';

export interface JobStoreOptions {
  /** Shortest gap between two pushed updates (the renderer gets at most 1000/interval per second). */
  readonly intervalMs?: number;
  /**
   * Told about every change as it happens (the journal); byte progress included. Its
   * `beforePush` runs before each pushed update and writes any outcome pending, so nothing is
   * shown or reported finished before it is written down: a kill -9 right after a file was
   * reported done cannot bring it back as unfinished.
   */
  readonly observer?: { put(job: Job): void; remove(id: JobId): void; beforePush?(): void };
}

/**
 * Owns the job list and pushes batched updates: every change marks a job dirty, and at most one
 * update per interval carries the whole current snapshot of each dirty job.
 */
export class JobStore {
  private readonly jobs = new Map<JobId, Job>();
  private readonly dirty = new Set<JobId>();
  private readonly removed = new Set<JobId>();
  private readonly listeners = new Set<(update: JobsUpdate) => void>();
  /**
   * Alt text as the person last set it, per job (null: cleared). It wins over whatever a stage
   * puts, so a state built from an older copy of the job never loses an edit made meanwhile.
   */
  private readonly alts = new Map<JobId, AltText | null>();
  private readonly intervalMs: number;
  private timer: NodeJS.Timeout | null = null;
  private seq = 0;
  private flags: BatchFlags = NO_BATCH_FLAGS;
  private flagsChanged = false;

  constructor(private readonly opts: JobStoreOptions = {}) {
    this.intervalMs = opts.intervalMs ?? 100;
  }

  get(id: JobId): Job | undefined {
    return this.jobs.get(id);
  }

  /** Jobs in the order they were added. */
  all(): IterableIterator<Job> {
    return this.jobs.values();
  }

  /** Add or replace a job (keeping the alt text the person set). */
  put(given: Job): void {
    const job = this.withAlt(given);
    this.jobs.set(job.id, job);
    this.removed.delete(job.id);
    this.dirty.add(job.id);
    this.opts.observer?.put(job);
    this.schedule();
  }

  /** Sets or clears (null) a job's alt text; false when there is no such job. */
  setAlt(id: JobId, alt: AltText | null): boolean {
    const job = this.jobs.get(id);
    if (!job) return false;
    this.alts.set(id, alt);
    this.put(job);
    return true;
  }

  remove(id: JobId): void {
    this.alts.delete(id);
    if (!this.jobs.delete(id)) return;
    this.dirty.delete(id);
    this.removed.add(id);
    this.opts.observer?.remove(id);
    this.schedule();
  }

  /** Set batch-wide state (pause, offline); it goes out with the next update. */
  setFlags(flags: BatchFlags): void {
    const same =
      flags.paused === this.flags.paused &&
      flags.offlineSince === this.flags.offlineSince &&
      (flags.offlineOrigin ?? null) === (this.flags.offlineOrigin ?? null);
    if (same) return;
    this.flags = flags;
    this.flagsChanged = true;
    this.schedule();
  }

  /** Listen for pushed updates; returns the unsubscribe function. */
  subscribe(listener: (update: JobsUpdate) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Everything now, tagged with the sequence number of the last pushed update. */
  snapshot(): JobsUpdate {
    const jobs = [...this.jobs.values()];
    return {
      seq: this.seq,
      full: true,
      jobs,
      removed: [],
      summary: summarize(jobs, this.flags),
    };
  }

  /** Push pending changes now instead of waiting for the interval. */
  flush(): void {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (this.dirty.size === 0 && this.removed.size === 0 && !this.flagsChanged) return;
    const jobs: Job[] = [];
    for (const id of this.dirty) {
      const job = this.jobs.get(id);
      if (job) jobs.push(job);
    }
    const update: JobsUpdate = {
      seq: ++this.seq,
      full: false,
      jobs,
      removed: [...this.removed],
      summary: summarize(this.jobs.values(), this.flags),
    };
    this.flagsChanged = false;
    this.dirty.clear();
    this.removed.clear();
    this.opts.observer?.beforePush?.();
    for (const listener of this.listeners) listener(update);
  }

  /** Stop the timer (pending changes are pushed first). */
  close(): void {
    this.flush();
    this.listeners.clear();
  }

  private withAlt(job: Job): Job {
    const alt = this.alts.get(job.id);
    if (alt === undefined) {
      // A job that comes with alt text (put back from the journal) keeps it from then on.
      if (job.alt) this.alts.set(job.id, job.alt);
      return job;
    }
    if (alt === null) {
      if (job.alt === undefined) return job;
      const { alt: _dropped, ...rest } = job;
      return rest as Job;
    }
    return job.alt === alt ? job : { ...job, alt };
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flush();
    }, this.intervalMs);
    this.timer.unref?.();
  }
}
