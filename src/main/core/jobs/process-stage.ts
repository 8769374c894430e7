/**
 * The processing stage: one job's file becomes its two variants in a worker, then the job is
 * checked against what is known already (a restored job's recorded hash, the history, the
 * stored names) before it waits for an upload slot.
 */
import type { Job, JobId, ReadyJob } from '../../../shared/jobs';
import { isWorthRetrying } from '../../../shared/retry';
import type { Settings } from '../../../shared/settings';
import { SERVICE_ERRORS } from '../common/errors';
import { resumeErrors } from '../persistence/state-notices';
import type { ImageProcessor } from '../ports';
import { reusedJob } from './history-link';
import { failedJob, jobBase } from './job-states';
import type { StageContext } from './stage';
import { startTeamCheck } from './team-skip';
import type { Work } from './work';

type Processed = Extract<Awaited<ReturnType<ImageProcessor['run']>>, { ok: true }>;
type Outcome = Awaited<ReturnType<ImageProcessor['run']>>;

export class ProcessStage {
  constructor(private readonly ctx: StageContext) {}

  /** Processes a job taken off the queue; the scheduler runs it in a processing slot. */
  async run(id: JobId): Promise<void> {
    const { deps } = this.ctx;
    // Every job gets its work record in add(), and the two leave together in clearFinished().
    const found = this.ctx.find(id);
    if (!found) return;
    const { job, work } = found;
    const { run, signal } = work.begin();
    const release = this.ctx.scheduler.processingStarted();
    deps.store.put({ ...jobBase(job), status: 'processing', image: null });
    const settings = deps.getSettings();
    let outcome: Outcome;
    try {
      outcome = await deps.images.run(
        { path: job.file.path, presets: settings.presets, maxInputBytes: deps.maxInputBytes },
        {
          signal,
          onImage: (image) => {
            if (this.ctx.isCurrent(id, work, run, 'processing')) {
              deps.store.put({ ...jobBase(job), status: 'processing', image });
            }
          },
          // A file that will upload (not one the history has): the team check may learn now,
          // while the pixels are decoded, whether the account has its field.
          onHash: (sha256) =>
            deps.team?.prepare(() => work.force || !this.ctx.earlierUpload(job, sha256, settings)),
        },
      );
    } catch (err) {
      deps.log(`image processing threw for job ${id}: ${String(err)}`);
      outcome = { ok: false, error: SERVICE_ERRORS.internal, stats: { opens: 0, bytesRead: 0 } };
    } finally {
      release();
      work.settle(run);
    }
    if (this.ctx.isCurrent(id, work, run, 'processing')) this.settle(job, work, outcome, settings);
    this.ctx.scheduler.pump();
    // The last file of a run of work: what the team check collected need not wait for more.
    if (!this.ctx.scheduler.processingBusy) deps.team?.flush();
  }

  /** The job's next state once its current run has an outcome. */
  private settle(job: Job, work: Work, outcome: Outcome, settings: Settings): void {
    const { deps } = this.ctx;
    if (!outcome.ok) {
      const retryable = isWorthRetrying(outcome.error.code);
      deps.store.put(failedJob(jobBase(job), 'process', outcome.error, null, retryable));
    } else if (work.expectedSha256 && work.expectedSha256 !== outcome.sourceHash) {
      // Restored from an earlier run, and the file is not what it was then.
      work.expectedSha256 = null;
      work.uploaded = {};
      deps.journal?.note(job.id, { sha256: null, uploaded: {} });
      deps.store.put(failedJob(jobBase(job), 'validate', resumeErrors.changed(), null, true));
    } else if (!this.skipAsDuplicate(job, work, outcome, settings)) {
      this.makeReady(job, work, outcome, settings);
    }
  }

  /** Keeps the variants and queues the job for upload, unless its stored name clashes. */
  private makeReady(job: Job, work: Work, outcome: Processed, settings: Settings): void {
    const { deps } = this.ctx;
    work.expectedSha256 = outcome.sourceHash;
    deps.journal?.note(job.id, { sha256: outcome.sourceHash });
    work.keep({ variants: outcome.variants, sourceHash: outcome.sourceHash });
    work.preview = {
      data: outcome.variants.thumb.data,
      format: outcome.variants.thumb.info.format,
    };
    const ready: ReadyJob = {
      ...jobBase(job),
      status: 'ready',
      image: outcome.image,
      variants: { main: outcome.variants.main.info, thumb: outcome.variants.thumb.info },
    };
    // Said as soon as the hash is known, so a clash shows before the Upload press.
    if (!this.ctx.failOnNameClash(ready, outcome.sourceHash, settings)) {
      deps.store.put(ready);
      this.ctx.scheduler.ready.push(job.id);
      startTeamCheck(this.ctx, ready, work, outcome.sourceHash, settings);
    } else {
      work.setAside(deps.spill);
    }
  }

  /** Ends a processed job as done when the history already has it; true if it did. */
  private skipAsDuplicate(job: Job, work: Work, outcome: Processed, settings: Settings): boolean {
    const { deps } = this.ctx;
    if (work.force) return false;
    const earlier = this.ctx.earlierUpload(job, outcome.sourceHash, settings);
    if (!earlier) return false;
    work.preview = {
      data: outcome.variants.thumb.data,
      format: outcome.variants.thumb.info.format,
    };
    deps.journal?.note(job.id, { sha256: outcome.sourceHash });
    const variants = { main: outcome.variants.main.info, thumb: outcome.variants.thumb.info };
    const { entry, sameAs } = earlier;
    deps.store.put(reusedJob(jobBase(job), outcome.image, variants, entry, deps.now(), sameAs));
    return true;
  }
}
