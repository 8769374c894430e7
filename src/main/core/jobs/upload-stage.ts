/**
 * The upload stage: one processed job's variants go to ImageKit under its stored name. Each
 * variant ImageKit confirms is journaled at once, so a retry or a restart never sends it twice;
 * an upload that finds ImageKit unreachable waits as 'ready' with its retry budget kept.
 */
import type { JobId, ReadyJob, UploadingJob } from '../../../shared/jobs';
import type { Settings } from '../../../shared/settings';
import { SERVICE_ERRORS } from '../common/errors';
import type { FileUploadInput, FileUploadResult, UploadProgress } from '../imagekit/types';
import type { Uploader } from '../ports';
import { historyEntryFor, reusedJob } from './history-link';
import {
  doneJob,
  failedJob,
  jobBase,
  uploadingJob,
  uploadRequest,
  withProgress,
} from './job-states';
import type { StageContext } from './stage';
import { stemOf } from './stored-names';
import type { Encoded, Work } from './work';

export class UploadStage {
  constructor(private readonly ctx: StageContext) {}

  /** Uploads a job taken off the ready queue; the scheduler runs it in an upload slot. */
  async run(id: JobId, uploader: Uploader, settings: Settings): Promise<void> {
    const { deps } = this.ctx;
    const found = this.ctx.find(id);
    const made = found?.work.made;
    if (!found || found.job.status !== 'ready' || !made) return;
    const job = found.job;
    const work = found.work;
    // The same picture may have been uploaded by another row since this one was processed.
    const earlier = work.force ? null : this.ctx.earlierUpload(job, made.sourceHash, settings);
    if (earlier) {
      work.drop();
      const { entry, sameAs } = earlier;
      deps.store.put(reusedJob(jobBase(job), job.image, job.variants, entry, deps.now(), sameAs));
      this.ctx.scheduler.pump();
      return;
    }
    // The template may have changed since the job was made ready: check the name it gets now.
    if (this.ctx.failOnNameClash(job, made.sourceHash, settings)) {
      work.setAside(deps.spill);
      this.ctx.scheduler.pump();
      return;
    }
    // Until this run ends, a row with the same picture for the same place waits for it.
    const sent = this.ctx.startSending(job, made.sourceHash, settings);
    try {
      await this.send(job, work, made.sourceHash, uploader, settings);
    } finally {
      sent();
      this.ctx.scheduler.pump();
    }
  }

  /** Sends the file's variants (after the team check, when it asked for one) and settles the row. */
  private async send(
    job: ReadyJob,
    work: Work,
    sourceHash: string,
    uploader: Uploader,
    settings: Settings,
  ): Promise<void> {
    const { deps } = this.ctx;
    const id = job.id;
    // Awaited only when asked: a row the team check never saw starts its upload at once.
    if (work.teamCheck && !(await this.teamCheckLetsGo(id, work))) return;
    const stem = stemOf(job, sourceHash, settings.upload.nameTemplate);
    const { run, signal } = work.begin();
    const release = this.ctx.scheduler.uploadStarted();
    let current = uploadingJob(job, work.uploaded);
    deps.store.put(current);
    const encoded = work.encoded ?? (await this.readBack(job, work, run, release));
    if (!encoded) return;
    const onProgress = (p: UploadProgress): void => {
      if (p.state === 'done' && !work.uploaded[p.variant]) {
        work.uploaded = { ...work.uploaded, [p.variant]: p.ref };
        deps.journal?.note(id, { uploaded: work.uploaded }, true);
      }
      if (!this.ctx.isCurrent(id, work, run, 'uploading')) return;
      current = withProgress(current, p);
      deps.store.put(current);
    };
    let outcome: FileUploadResult;
    try {
      const request = uploadRequest(job, encoded, settings, work.uploaded, stem);
      outcome = await uploader.uploadFile(
        deps.team ? await this.withTeamMetadata(request, encoded.sourceHash) : request,
        {
          signal,
          onProgress,
          secondSlot: () => this.ctx.scheduler.secondSlot(),
          ...(work.spent ? { spent: work.spent } : {}),
        },
      );
    } catch (err) {
      deps.log(`upload threw for job ${id}: ${String(err)}`);
      outcome = { ok: false, error: SERVICE_ERRORS.internal, retryable: true, uploaded: {} };
    } finally {
      release();
      work.settle(run);
    }
    work.uploaded = { ...work.uploaded, ...outcome.uploaded };
    if (this.ctx.isCurrent(id, work, run, 'uploading')) {
      this.settle(job, current, work, encoded, outcome, settings);
    }
  }

  /**
   * Waits (in an upload slot) for the team check this file asked for when it was processed;
   * false when the file needs no upload any more (found on ImageKit, stopped) or must wait.
   */
  private async teamCheckLetsGo(id: JobId, work: Work): Promise<boolean> {
    const asked = work.teamCheck;
    if (!asked || work.force) return true;
    const release = this.ctx.scheduler.uploadStarted();
    await asked;
    release();
    work.teamCheck = null;
    const now = this.ctx.find(id);
    if (now?.job.status === 'ready' && now.work === work) {
      if (this.ctx.scheduler.gate.uploadsOpen) return true;
      this.ctx.scheduler.ready.pushFront(id);
    }
    this.ctx.scheduler.pump();
    return false;
  }

  /** The file's SHA-256 in its custom metadata, when the team check's field is set up. */
  private async withTeamMetadata(
    request: FileUploadInput,
    sha256: string,
  ): Promise<FileUploadInput> {
    const extra = (await this.ctx.deps.team?.uploadMetadata(sha256)) ?? {};
    if (Object.keys(extra).length === 0) return request;
    return { ...request, customMetadata: { ...request.customMetadata, ...extra } };
  }

  /**
   * The variants a failed or stopped upload set aside, back in memory; null when this run has
   * ended meanwhile (stopped again) or they were lost, and the file then goes back to be
   * processed again. Either way the slot is then given back.
   */
  private async readBack(
    job: ReadyJob,
    work: Work,
    run: number,
    release: () => void,
  ): Promise<Encoded | null> {
    const encoded = await work.readBack();
    if (encoded && this.ctx.isCurrent(job.id, work, run, 'uploading')) return encoded;
    release();
    work.settle(run);
    if (this.ctx.isCurrent(job.id, work, run, 'uploading')) {
      this.ctx.deps.store.put({ ...jobBase(job), status: 'queued' });
      this.ctx.scheduler.queued.push(job.id);
    } else {
      work.setAside(this.ctx.deps.spill);
    }
    this.ctx.scheduler.pump();
    return null;
  }

  /** Takes an uploading job back to 'ready', abandoning its request in flight. */
  requeue(id: JobId): void {
    const found = this.ctx.find(id);
    if (found?.job.status !== 'uploading') return;
    const { job, work } = found;
    work.abandon();
    this.ctx.deps.store.put({
      ...jobBase(job),
      status: 'ready',
      image: job.image,
      variants: job.variants,
    });
    this.ctx.scheduler.ready.pushFront(id);
  }

  /** The job's next state once its current run has an outcome. */
  private settle(
    job: ReadyJob,
    current: UploadingJob,
    work: Work,
    encoded: Encoded,
    outcome: FileUploadResult,
    settings: Settings,
  ): void {
    const { deps } = this.ctx;
    if (outcome.ok) {
      work.drop();
      work.force = false;
      work.spent = null;
      // The alt text as it is now: it may have been edited while the file was uploading.
      const alt = deps.store.get(job.id)?.alt;
      const done = doneJob(alt ? { ...current, alt } : current, outcome.uploaded, deps.now());
      deps.store.put(done);
      // The finished row, its last variant's result and its history entry: one commit.
      const record = () =>
        void deps.history?.record(historyEntryFor(done, encoded.sourceHash, settings));
      if (deps.journal) deps.journal.flush(record);
      else record();
    } else if (outcome.offline) {
      // Not a failure: the file waits for the connection with its budget intact.
      work.spent = outcome.offline.spent;
      deps.store.put(job);
      this.ctx.scheduler.ready.pushFront(job.id);
      this.ctx.scheduler.gate.lost(outcome.offline.origin, outcome.offline.detail);
    } else {
      work.spent = null;
      // A failed file holds no memory, or 3,000 of them would stop processing for good.
      work.setAside(deps.spill);
      deps.store.put(
        failedJob(jobBase(job), 'upload', outcome.error, job.image, outcome.retryable),
      );
    }
  }
}
