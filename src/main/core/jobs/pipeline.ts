import type { AddResult } from '../../../shared/contract';
import { isFinished, type BatchDestination, type Job, type JobId } from '../../../shared/jobs';
import { canRetry } from '../../../shared/retry';
import { failedJob, imageOf, jobBase } from './job-states';
import type { PipelineDeps, PipelineInput } from './pipeline-deps';
import { ProcessStage } from './process-stage';
import type { RestoredJob } from './restore';
import { Scheduler } from './scheduler';
import { StageContext } from './stage';
import { UploadStage } from './upload-stage';
import { HeldBytes, Work, type Preview } from './work';

export type { PipelineDeps, PipelineInput } from './pipeline-deps';

/** The paths of rows still in play: adding one of them again adds nothing. */
function activePaths(jobs: Iterable<Job>): Set<string> {
  const active = new Set<string>();
  for (const job of jobs) {
    if (job.status !== 'failed' && job.status !== 'cancelled') active.add(job.file.path);
  }
  return active;
}

/** Ids of the rows in `status`, in list order (taken before any of them changes). */
function idsIn(store: PipelineDeps['store'], status: Job['status']): JobId[] {
  return [...store.all()].filter((job) => job.status === status).map((job) => job.id);
}

/**
 * Moves jobs through queued -> processing -> ready -> uploading -> done, with bounded
 * concurrency for each stage. A failure ends one job only. This is the user's commands; the
 * scheduler decides when work starts, and the two stages do it.
 */
export class Pipeline {
  private readonly work = new Map<JobId, Work>();
  private readonly held = new HeldBytes();
  private readonly scheduler: Scheduler;
  private readonly processing: ProcessStage;
  private readonly uploads: UploadStage;
  private readonly ctx: StageContext;

  constructor(private readonly deps: PipelineDeps) {
    this.scheduler = new Scheduler(deps, {
      held: this.held,
      approved: (id) => this.work.get(id)?.approved === true,
      waitsForTwin: (id, settings) => this.ctx.twinSending(id, settings),
      process: (id) => this.processing.run(id),
      upload: (id, uploader, settings) => this.uploads.run(id, uploader, settings),
    });
    this.ctx = new StageContext(deps, this.scheduler, this.work);
    this.processing = new ProcessStage(this.ctx);
    this.uploads = new UploadStage(this.ctx);
  }

  /** Whether the user paused everything (the journal keeps this across restarts). */
  get paused(): boolean {
    return this.scheduler.gate.paused;
  }

  /**
   * Start nothing new. Uploads in flight are stopped and wait as 'ready' again, keeping every
   * variant ImageKit confirmed and their retry budget: the next try sends the same names, so
   * nothing is stored twice. Processing in flight finishes to 'ready'.
   */
  pauseAll(): void {
    if (this.scheduler.gate.paused) return;
    for (const id of idsIn(this.deps.store, 'uploading').reverse()) this.uploads.requeue(id);
    this.scheduler.gate.setPaused(true);
    this.pump();
  }

  /** Let work start again after `pauseAll`. */
  resumeAll(): void {
    this.scheduler.gate.setPaused(false);
  }

  /** The connection settings changed: stop waiting for a server that may no longer be used. */
  connectionChanged(): void {
    this.scheduler.gate.connectionChanged();
    this.pump();
  }

  /**
   * Stop for good without touching any job's state (the app is quitting): work in flight is
   * abandoned, so a journal sees each job as it last was and can continue it next time.
   */
  stop(): void {
    this.scheduler.stop();
    for (const work of this.work.values()) work.abandon();
  }

  /**
   * Add rows for files, to `destination` when one was chosen for the batch (named `batch` when
   * another program sent them); returns their ids and how many were already in the list.
   */
  add(inputs: readonly PipelineInput[], destination?: BatchDestination, batch?: string): AddResult {
    const active = activePaths(this.deps.store.all());
    const added: JobId[] = [];
    for (const input of inputs) {
      if (input.ok && active.has(input.file.path)) continue;
      const id = this.deps.newId();
      // Without a chosen destination the job follows Settings until it uploads, as before.
      const where = (input.ok ? input.destination : undefined) ?? destination;
      const common = {
        id,
        file: input.file,
        addedAt: this.deps.now(),
        ...(where ? { destination: where } : {}),
        ...(batch === undefined ? {} : { batch }),
        ...(input.ok && input.alt ? { alt: input.alt } : {}),
      };
      this.work.set(id, new Work(this.held));
      if (input.ok) {
        active.add(input.file.path);
        this.deps.store.put({ ...common, status: 'queued' });
        this.scheduler.queued.push(id);
      } else {
        this.deps.store.put(failedJob(common, 'validate', input.error, null, false));
      }
      added.push(id);
    }
    this.pump();
    return { added, duplicates: inputs.length - added.length };
  }

  /** Put back jobs from an earlier run; unfinished ones start again from their source file. */
  restore(jobs: readonly RestoredJob[]): void {
    for (const r of jobs) {
      // Jobs that had reached the queue before were accepted for upload then.
      const work = Work.restored(this.held, r.uploaded, r.sha256, r.queue);
      this.work.set(r.job.id, work);
      this.deps.store.put(r.job);
      if (r.queue) this.scheduler.queued.push(r.job.id);
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
    this.scheduler.queued.push(id);
    this.pump();
  }

  /** Stop one job. Finished work (a variant already uploaded) is kept for a retry. */
  cancel(id: JobId): void {
    const job = this.deps.store.get(id);
    const work = this.work.get(id);
    if (!job || !work || isFinished(job.status)) return;
    work.abandon();
    // A stopped file holds no memory: its variants go to the spill, if any, for a retry.
    work.setAside(this.deps.spill);
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
    const made = work.made;
    if (made && image) {
      work.approved = true;
      this.deps.store.put({ ...jobBase(job), status: 'ready', image, variants: made.variants });
      this.scheduler.ready.push(id);
    } else {
      this.deps.store.put({ ...jobBase(job), status: 'queued' });
      this.scheduler.queued.push(id);
    }
    this.pump();
  }

  retryFailed(): void {
    for (const id of idsIn(this.deps.store, 'failed')) this.retry(id);
  }

  /** Let every processed job upload (used when automatic upload is off). */
  startUploads(): void {
    this.approve(idsIn(this.deps.store, 'ready'));
  }

  /** Let these jobs upload once processed, even when automatic upload is off. */
  approve(ids: readonly JobId[]): void {
    for (const id of ids) {
      const work = this.work.get(id);
      if (work) work.approved = true;
    }
    this.pump();
  }

  /** Drop finished rows (all, or those among `ids`) and what they held; answers how many went. */
  clearFinished(ids?: readonly JobId[]): number {
    const jobs = ids
      ? ids.map((id) => this.deps.store.get(id)).filter((job) => job !== undefined)
      : [...this.deps.store.all()];
    const finished = jobs.filter((job) => isFinished(job.status));
    for (const job of finished) {
      this.work.get(job.id)?.forget();
      this.work.delete(job.id);
      this.deps.store.remove(job.id);
    }
    this.pump();
    return finished.length;
  }

  /** The thumbnail made for a job, if it got that far. */
  preview(id: JobId): Preview | null {
    return this.work.get(id)?.preview ?? null;
  }

  /** Resolves when nothing is queued, processing or uploading (ready jobs with no connection wait). */
  idle(): Promise<void> {
    return this.scheduler.idle();
  }

  /** Start whatever the limits allow. Call after anything that may free a slot. */
  pump(): void {
    this.scheduler.pump();
  }
}
