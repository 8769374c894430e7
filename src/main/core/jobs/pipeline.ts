import type { AddResult } from '../../../shared/contract';
import type { UserError } from '../../../shared/errors';
import {
  isFinished,
  type BatchDestination,
  type Job,
  type JobId,
  type ReadyJob,
  type SourceFile,
} from '../../../shared/jobs';
import { canRetry, isWorthRetrying } from '../../../shared/retry';
import type { Settings } from '../../../shared/settings';
import type { JobStore } from './job-store';
import {
  doneJob,
  failedJob,
  imageOf,
  jobBase,
  uploadingJob,
  uploadRequest,
  withProgress,
} from './job-states';
import { SERVICE_ERRORS } from '../common/errors';
import { encodedBytes, newWork, StageQueue, type Work } from './work';
import type { FileUploadResult, UploadProgress } from '../imagekit/types';
import type { HistoryStore, ImageProcessor, Uploader } from '../ports';
import { historyEntryFor, historyKey, reusedJob } from './history-link';
import { destinationOf, NameClaims, stemOf } from './stored-names';
import type { JobExtras } from '../persistence/journal';
import type { RestoredJob } from './restore';
import { resumeErrors } from '../persistence/state-notices';
import type { ReachabilityProbe } from '../connection/probe';
import { UploadGate } from './upload-gate';

/** A path that could be used, or a row that explains why not. */
export type PipelineInput =
  | { readonly ok: true; readonly file: SourceFile }
  | { readonly ok: false; readonly file: SourceFile; readonly error: UserError };

export interface PipelineDeps {
  readonly store: JobStore;
  readonly images: ImageProcessor;
  readonly processConcurrency: number;
  readonly maxInputBytes: number;
  /** Encoded bytes held in memory waiting to upload before processing pauses. */
  readonly maxHeldBytes: number;
  getSettings(): Settings;
  /** The uploader, or null while no connection is set up. */
  getUploader(): Uploader | null;
  /** Checks whether an unreachable server answers again. */
  readonly probe: ReachabilityProbe;
  /** Probe pacing while offline (default: 0.5 s, backing off to 5 s). */
  readonly probeDelays?: { readonly firstMs: number; readonly maxMs: number };
  now(): number;
  newId(): JobId;
  log(line: string): void;
  /** Where the pipeline reports what it learns beyond job states (the journal), if anywhere. */
  readonly journal?: { note(id: JobId, extras: Partial<JobExtras>, urgent?: boolean): void };
  /** The upload history: duplicates are skipped, every upload is recorded. */
  readonly history?: HistoryStore;
}

/**
 * Moves jobs through queued -> processing -> ready -> uploading -> done, with bounded
 * concurrency for each stage. A failure ends one job only.
 */
export class Pipeline {
  private readonly work = new Map<JobId, Work>();
  private readonly queued: StageQueue;
  private readonly ready: StageQueue;
  private processing = 0;
  private uploading = 0;
  private held = 0;
  private nextRun = 1;
  private idleWaiters: Array<() => void> = [];
  private readonly gate: UploadGate;
  private stopped = false;
  private readonly names = new NameClaims((id) => this.deps.store.get(id) !== undefined);

  constructor(private readonly deps: PipelineDeps) {
    this.queued = new StageQueue(deps.store, 'queued');
    this.ready = new StageQueue(deps.store, 'ready');
    this.gate = new UploadGate({
      store: deps.store,
      probe: deps.probe,
      probeDelays: deps.probeDelays,
      now: deps.now,
      onOpen: () => this.pump(),
      log: deps.log,
    });
  }

  /** Whether the user paused everything (the journal keeps this across restarts). */
  get paused(): boolean {
    return this.gate.paused;
  }

  /**
   * Start nothing new. Uploads in flight are stopped and wait as 'ready' again, keeping every
   * variant ImageKit confirmed and their retry budget: the next try sends the same names, so
   * nothing is stored twice. Processing in flight finishes to 'ready'.
   */
  pauseAll(): void {
    if (this.gate.paused) return;
    const uploading: JobId[] = [];
    for (const job of this.deps.store.all()) {
      if (job.status === 'uploading') uploading.push(job.id);
    }
    for (const id of uploading.reverse()) this.requeue(id);
    this.gate.setPaused(true);
    this.pump();
  }

  /** Let work start again after `pauseAll`. */
  resumeAll(): void {
    this.gate.setPaused(false);
  }

  /** The connection settings changed: stop waiting for a server that may no longer be used. */
  connectionChanged(): void {
    this.gate.connectionChanged();
    this.pump();
  }

  /**
   * Stop for good without touching any job's state (the app is quitting): work in flight is
   * abandoned, so a journal sees each job as it last was and can continue it next time.
   */
  stop(): void {
    this.stopped = true;
    this.gate.close();
    for (const work of this.work.values()) {
      work.run = 0;
      work.abort?.abort();
    }
  }

  /**
   * Add rows for files, to `destination` when one was chosen for the batch (named `batch` when
   * another program sent them); returns their ids and how many were already in the list.
   */
  add(inputs: readonly PipelineInput[], destination?: BatchDestination, batch?: string): AddResult {
    const active = new Set<string>();
    for (const job of this.deps.store.all()) {
      if (job.status !== 'failed' && job.status !== 'cancelled') active.add(job.file.path);
    }
    const added: JobId[] = [];
    let duplicates = 0;
    for (const input of inputs) {
      if (input.ok && active.has(input.file.path)) {
        duplicates += 1;
        continue;
      }
      const id = this.deps.newId();
      // Without a chosen destination the job follows Settings until it uploads, as before.
      const common = {
        id,
        file: input.file,
        addedAt: this.deps.now(),
        ...(destination ? { destination } : {}),
        ...(batch === undefined ? {} : { batch }),
      };
      this.work.set(id, newWork());
      if (input.ok) {
        active.add(input.file.path);
        this.deps.store.put({ ...common, status: 'queued' });
        this.queued.push(id);
      } else {
        this.deps.store.put(failedJob(common, 'validate', input.error, null, false));
      }
      added.push(id);
    }
    this.pump();
    return { added, duplicates };
  }

  /** Put back jobs from an earlier run; unfinished ones start again from their source file. */
  restore(jobs: readonly RestoredJob[]): void {
    for (const r of jobs) {
      this.work.set(r.job.id, {
        ...newWork(),
        uploaded: r.uploaded,
        expectedSha256: r.sha256,
        // Jobs that had reached the queue before were accepted for upload then.
        approved: r.queue,
      });
      this.deps.store.put(r.job);
      if (r.queue) this.queued.push(r.job.id);
    }
    this.pump();
  }

  /** Upload a file the history already had (a done row with `reused`), ignoring the history. */
  uploadAgain(id: JobId): void {
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    if (!job || !work || job.status !== 'done' || !job.reused) return;
    work.force = true;
    work.uploaded = {};
    this.deps.store.put({ ...jobBase(job), status: 'queued' });
    this.queued.push(id);
    this.pump();
  }

  /** Stop one job. Finished work (a variant already uploaded) is kept for a retry. */
  cancel(id: JobId): void {
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    if (!job || !work) return;
    if (isFinished(job.status)) return;
    work.run = 0;
    work.abort?.abort();
    this.deps.store.put({ ...jobBase(job), status: 'cancelled', image: imageOf(job) });
    this.pump();
  }

  cancelAll(): void {
    for (const job of [...this.deps.store.all()]) this.cancel(job.id);
  }

  /** Queue a failed or cancelled job again; reuse its variants when only the upload failed. */
  retry(id: JobId): void {
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    if (!job || !work || !canRetry(job)) return;
    work.spent = null;
    const image = imageOf(job);
    if (work.encoded && image) {
      work.approved = true;
      this.deps.store.put({
        ...jobBase(job),
        status: 'ready',
        image,
        variants: {
          main: work.encoded.variants.main.info,
          thumb: work.encoded.variants.thumb.info,
        },
      });
      this.ready.push(id);
    } else {
      this.deps.store.put({ ...jobBase(job), status: 'queued' });
      this.queued.push(id);
    }
    this.pump();
  }

  retryFailed(): void {
    for (const job of [...this.deps.store.all()]) {
      if (job.status === 'failed') this.retry(job.id);
    }
  }

  /** Let every processed job upload (used when automatic upload is off). */
  startUploads(): void {
    for (const job of this.deps.store.all()) {
      const work = this.work.get(job.id);
      if (job.status === 'ready' && work) work.approved = true;
    }
    this.pump();
  }

  /** Let these jobs upload once processed, even when automatic upload is off. */
  approve(ids: readonly JobId[]): void {
    for (const id of ids) {
      const work = this.work.get(id);
      if (work) work.approved = true;
    }
    this.pump();
  }

  /**
   * Drop finished rows (all of them, or those among `ids`) and whatever they held in memory.
   * Rows still at work stay. Answers how many went.
   */
  clearFinished(ids?: readonly JobId[]): number {
    const jobs = ids
      ? ids.map((id) => this.deps.store.get(id)).filter((job) => job !== undefined)
      : [...this.deps.store.all()];
    let removed = 0;
    for (const job of jobs) {
      if (isFinished(job.status)) {
        this.held -= encodedBytes(this.work.get(job.id)?.encoded ?? null);
        this.work.delete(job.id);
        this.deps.store.remove(job.id);
        removed += 1;
      }
    }
    this.pump();
    return removed;
  }

  /** The thumbnail made for a job, if it got that far. */
  preview(id: JobId): Work['preview'] {
    return this.work.get(id)?.preview ?? null;
  }

  /** Resolves when nothing is queued, processing or uploading (ready jobs with no connection wait). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Start whatever the limits allow. Call after anything that may free a slot. */
  pump(): void {
    // After stop() nothing starts, but idle waiters still hear once work in flight has unwound.
    while (
      !this.stopped &&
      this.gate.processingOpen &&
      this.processing < this.deps.processConcurrency &&
      this.held < this.deps.maxHeldBytes
    ) {
      const id = this.queued.take();
      if (!id) break;
      void this.process(id);
    }
    const uploader = this.deps.getUploader();
    const settings = this.deps.getSettings();
    if (uploader && this.gate.uploadsOpen && !this.stopped) {
      while (this.uploading < settings.upload.concurrency) {
        const id = this.ready.take(
          (id) => settings.upload.autoUpload || this.work.get(id)?.approved === true,
        );
        if (!id) break;
        void this.upload(id, uploader, settings);
      }
    }
    if (this.isIdle()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
  }

  private isIdle(): boolean {
    if (this.processing > 0 || this.uploading > 0) return false;
    // Paused work waits for the user; offline work still counts, as it goes on by itself.
    if (this.gate.paused || this.stopped) return true;
    const uploadsPossible = this.deps.getUploader() !== null;
    for (const job of this.deps.store.all()) {
      if (job.status === 'queued') return false;
      if (job.status === 'ready' && uploadsPossible) {
        const w = this.work.get(job.id);
        if (this.deps.getSettings().upload.autoUpload || w?.approved) return false;
      }
    }
    return true;
  }

  /** Take an uploading job back to 'ready', abandoning its request in flight. */
  private requeue(id: JobId): void {
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    if (job?.status !== 'uploading' || !work) return;
    work.run = 0;
    work.abort?.abort();
    this.deps.store.put({
      ...jobBase(job),
      status: 'ready',
      image: job.image,
      variants: job.variants,
    });
    this.ready.pushFront(id);
  }

  /** Whether `run` is still the job's current run and the job is still in `status`. */
  private isCurrent(id: JobId, run: number, status: Job['status']): boolean {
    return this.work.get(id)?.run === run && this.deps.store.get(id)?.status === status;
  }

  private async process(id: JobId): Promise<void> {
    // Every job gets its work record in add(), and the two leave together in clearFinished().
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    if (!job || !work) return;
    const run = this.nextRun++;
    const abort = new AbortController();
    Object.assign(work, { run, abort });
    this.processing += 1;
    this.deps.store.put({ ...jobBase(job), status: 'processing', image: null });
    const settings = this.deps.getSettings();
    let outcome;
    try {
      outcome = await this.deps.images.run(
        { path: job.file.path, presets: settings.presets, maxInputBytes: this.deps.maxInputBytes },
        {
          signal: abort.signal,
          onImage: (image) => {
            if (this.isCurrent(id, run, 'processing')) {
              this.deps.store.put({ ...jobBase(job), status: 'processing', image });
            }
          },
        },
      );
    } catch (err) {
      this.deps.log(`image processing threw for job ${id}: ${String(err)}`);
      outcome = {
        ok: false as const,
        error: SERVICE_ERRORS.internal,
        stats: { opens: 0, bytesRead: 0 },
      };
    } finally {
      this.processing -= 1;
      if (work.run === run) work.abort = null;
    }
    if (this.isCurrent(id, run, 'processing')) {
      if (outcome.ok && work.expectedSha256 && work.expectedSha256 !== outcome.sourceHash) {
        // Restored from an earlier run, and the file is not what it was then.
        Object.assign(work, { expectedSha256: null, uploaded: {} });
        this.deps.journal?.note(id, { sha256: null, uploaded: {} });
        this.deps.store.put(
          failedJob(jobBase(job), 'validate', resumeErrors.changed(), null, true),
        );
      } else if (outcome.ok && this.skipAsDuplicate(job, work, outcome, settings)) {
        // Done: the history had it, nothing is sent.
      } else if (outcome.ok) {
        work.expectedSha256 = outcome.sourceHash;
        this.deps.journal?.note(id, { sha256: outcome.sourceHash });
        work.encoded = { variants: outcome.variants, sourceHash: outcome.sourceHash };
        work.preview = {
          data: outcome.variants.thumb.data,
          format: outcome.variants.thumb.info.format,
        };
        this.held += encodedBytes(work.encoded);
        const ready: ReadyJob = {
          ...jobBase(job),
          status: 'ready',
          image: outcome.image,
          variants: { main: outcome.variants.main.info, thumb: outcome.variants.thumb.info },
        };
        // Said as soon as the hash is known, so a clash shows before the Upload press.
        if (!this.failOnNameClash(ready, outcome.sourceHash, settings)) {
          this.deps.store.put(ready);
          this.ready.push(id);
        }
      } else {
        const retryable = isWorthRetrying(outcome.error.code);
        this.deps.store.put(failedJob(jobBase(job), 'process', outcome.error, null, retryable));
      }
    }
    this.pump();
  }

  /** Ends a processed job as done when the history already has it; true if it did. */
  private skipAsDuplicate(
    job: Job,
    work: Work,
    outcome: Extract<Awaited<ReturnType<ImageProcessor['run']>>, { ok: true }>,
    settings: Settings,
  ): boolean {
    if (!this.deps.history || work.force) return false;
    const folder = destinationOf(job, settings).folder;
    const entry = this.deps.history.findDuplicate(historyKey(outcome.sourceHash, settings, folder));
    if (!entry) return false;
    work.preview = {
      data: outcome.variants.thumb.data,
      format: outcome.variants.thumb.info.format,
    };
    this.deps.journal?.note(job.id, { sha256: outcome.sourceHash });
    const variants = { main: outcome.variants.main.info, thumb: outcome.variants.thumb.info };
    this.deps.store.put(reusedJob(jobBase(job), outcome.image, variants, entry, this.deps.now()));
    return true;
  }

  /** Fails the job when its stored name belongs to a different file; true if it did. */
  private failOnNameClash(job: ReadyJob, sha256: string, settings: Settings): boolean {
    const stem = stemOf(job, sha256, settings.upload.nameTemplate);
    const clash = this.names.claim(job, sha256, stem, settings, this.deps.history);
    if (clash === null) return false;
    this.deps.store.put(failedJob(jobBase(job), 'upload', clash, job.image, true));
    return true;
  }

  private async upload(id: JobId, uploader: Uploader, settings: Settings): Promise<void> {
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    const encoded = work?.encoded;
    if (!job || job.status !== 'ready' || !work || !encoded) return;
    // The template may have changed since the job was made ready: check the name it gets now.
    if (this.failOnNameClash(job, encoded.sourceHash, settings)) {
      this.pump();
      return;
    }
    const stem = stemOf(job, encoded.sourceHash, settings.upload.nameTemplate);
    const run = this.nextRun++;
    const abort = new AbortController();
    Object.assign(work, { run, abort });
    this.uploading += 1;
    let current = uploadingJob(job, work.uploaded);
    this.deps.store.put(current);
    const onProgress = (p: UploadProgress): void => {
      if (p.state === 'done' && !work.uploaded[p.variant]) {
        work.uploaded = { ...work.uploaded, [p.variant]: p.ref };
        this.deps.journal?.note(id, { uploaded: work.uploaded }, true);
      }
      if (!this.isCurrent(id, run, 'uploading')) return;
      current = withProgress(current, p);
      this.deps.store.put(current);
    };
    let outcome: FileUploadResult;
    try {
      outcome = await uploader.uploadFile(
        uploadRequest(job, encoded, settings, work.uploaded, stem),
        {
          signal: abort.signal,
          onProgress,
          ...(work.spent ? { spent: work.spent } : {}),
        },
      );
    } catch (err) {
      this.deps.log(`upload threw for job ${id}: ${String(err)}`);
      outcome = { ok: false, error: SERVICE_ERRORS.internal, retryable: true, uploaded: {} };
    } finally {
      this.uploading -= 1;
      if (work.run === run) work.abort = null;
    }
    work.uploaded = { ...work.uploaded, ...outcome.uploaded };
    if (this.isCurrent(id, run, 'uploading')) {
      if (outcome.ok) {
        this.held -= encodedBytes(encoded);
        work.encoded = null;
        work.force = false;
        work.spent = null;
        const done = doneJob(current, outcome.uploaded, this.deps.now());
        this.deps.history?.record(historyEntryFor(done, encoded.sourceHash, settings));
        this.deps.store.put(done);
      } else if (outcome.offline) {
        // Not a failure: the file waits for the connection with its budget intact.
        work.spent = outcome.offline.spent;
        this.deps.store.put(job);
        this.ready.pushFront(id);
        this.gate.lost(outcome.offline.origin, outcome.offline.detail);
      } else {
        work.spent = null;
        const failed = failedJob(
          jobBase(job),
          'upload',
          outcome.error,
          job.image,
          outcome.retryable,
        );
        this.deps.store.put(failed);
      }
    }
    this.pump();
  }
}
