/**
 * When work starts: the two stage queues, a bounded number of slots for each stage, the budget
 * of encoded bytes held in memory, the gate (pause, offline), and who waits for idle.
 */
import type { JobId } from '../../../shared/jobs';
import type { Settings } from '../../../shared/settings';
import type { Uploader } from '../ports';
import type { PipelineDeps } from './pipeline-deps';
import { StageQueue } from './stage-queue';
import { UploadGate } from './upload-gate';
import type { HeldBytes } from './work';

/** What the scheduler adds to the pipeline's own parts. */
export interface SchedulerParts {
  readonly held: HeldBytes;
  /** Whether the user let this job upload (matters when automatic upload is off). */
  approved(id: JobId): boolean;
  /** Whether another row is uploading the same picture to the same place (this one waits). */
  waitsForTwin(id: JobId, settings: Settings): boolean;
  /** Runs the processing stage for a job taken off the queue. */
  process(id: JobId): Promise<void>;
  /** Runs the upload stage for a job taken off the ready queue. */
  upload(id: JobId, uploader: Uploader, settings: Settings): Promise<void>;
}

export class Scheduler {
  /** Jobs waiting to be processed. */
  readonly queued: StageQueue;
  /** Processed jobs waiting for an upload slot. */
  readonly ready: StageQueue;
  private processing = 0;
  private uploading = 0;
  private idleWaiters: Array<() => void> = [];
  private stopped = false;

  /** Pause and offline: what may start. */
  readonly gate: UploadGate;

  constructor(
    private readonly deps: PipelineDeps,
    private readonly parts: SchedulerParts,
  ) {
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

  /** Start nothing more; idle waiters still hear once work in flight has unwound. */
  stop(): void {
    this.stopped = true;
    this.gate.close();
  }

  /** Whether any file is being processed now. */
  get processingBusy(): boolean {
    return this.processing > 0;
  }

  /** A processing slot is taken until `release` runs. */
  processingStarted(): () => void {
    this.processing += 1;
    return () => {
      this.processing -= 1;
    };
  }

  /** An upload slot (one request) is taken until `release` runs; releasing twice frees one. */
  uploadStarted(): () => void {
    this.uploading += 1;
    let held = true;
    return () => {
      if (held) this.uploading -= 1;
      held = false;
    };
  }

  /**
   * A second upload request for a file already uploading, so its two variants go at once:
   * granted a moment later (other files made ready meanwhile go first) when a slot of the
   * upload concurrency is still free and no file waits for it. Resolves with the slot's release.
   */
  async secondSlot(): Promise<(() => void) | null> {
    await new Promise((resolve) => setImmediate(resolve));
    this.pump();
    const open = this.gate.uploadsOpen && !this.stopped;
    if (!open || this.uploading >= this.deps.getSettings().upload.concurrency) return null;
    const release = this.uploadStarted();
    return () => {
      release();
      this.pump();
    };
  }

  /** Resolves when nothing is queued, processing or uploading (ready jobs with no connection wait). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Start whatever the limits allow. Call after anything that may free a slot. */
  pump(): void {
    const { deps, parts } = this;
    while (
      !this.stopped &&
      this.gate.processingOpen &&
      this.processing < deps.processConcurrency &&
      parts.held.bytes < deps.maxHeldBytes
    ) {
      const id = this.queued.take();
      if (!id) break;
      void parts.process(id);
    }
    const uploader = deps.getUploader();
    const settings = deps.getSettings();
    if (uploader && this.gate.uploadsOpen && !this.stopped) {
      while (this.uploading < settings.upload.concurrency) {
        const id = this.ready.take(
          (id) =>
            (settings.upload.autoUpload || parts.approved(id)) && !parts.waitsForTwin(id, settings),
        );
        if (!id) break;
        void parts.upload(id, uploader, settings);
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
        if (this.deps.getSettings().upload.autoUpload || this.parts.approved(job.id)) return false;
      }
    }
    return true;
  }
}
