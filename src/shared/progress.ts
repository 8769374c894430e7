import { hasAlt } from './alt';
import type { BatchSummary, Job, JobStatus, VariantUpload } from './jobs';
import { countWhere, isInProgress, isWorking, JOB_STATUSES } from './jobs';
import { assertNever } from './assert';

/** Share of a file's work that is image processing; the rest is the upload. */
const PROCESS_SHARE = 0.3;

function uploadedFraction(upload: VariantUpload, bytes: number): number {
  switch (upload.state) {
    case 'waiting':
    case 'retrying':
      return 0;
    case 'sending':
      return upload.total > 0 ? Math.min(upload.sent / upload.total, 1) * bytes : 0;
    case 'done':
      return bytes;
    default:
      return assertNever(upload, 'upload state');
  }
}

/** Bytes of this job's variants already on the server, and the total to send. */
export function jobBytes(job: Job): { sent: number; total: number } {
  switch (job.status) {
    case 'uploading': {
      const main = job.variants.main.bytes;
      const thumb = job.variants.thumb.bytes;
      return {
        sent: uploadedFraction(job.uploads.main, main) + uploadedFraction(job.uploads.thumb, thumb),
        total: main + thumb,
      };
    }
    case 'ready': {
      const total = job.variants.main.bytes + job.variants.thumb.bytes;
      return { sent: 0, total };
    }
    case 'done': {
      // A file skipped because it was uploaded before sent nothing in this batch.
      if (job.reused) return { sent: 0, total: 0 };
      const total = job.uploaded.main.bytes + job.uploaded.thumb.bytes;
      return { sent: total, total };
    }
    case 'queued':
    case 'processing':
    case 'failed':
    case 'cancelled':
      return { sent: 0, total: 0 };
    default:
      return assertNever(job, 'job');
  }
}

/**
 * How far one file is, 0..1. Processing counts for a fixed share; the upload share moves with
 * bytes actually sent. A failed file is finished (it will not move again), so it counts as 1.
 */
export function jobProgress(job: Job): number {
  switch (job.status) {
    case 'queued':
      return 0;
    case 'processing':
      return job.image ? PROCESS_SHARE / 2 : 0.02;
    case 'ready':
      return PROCESS_SHARE;
    case 'uploading': {
      const { sent, total } = jobBytes(job);
      return PROCESS_SHARE + (1 - PROCESS_SHARE) * (total > 0 ? sent / total : 0);
    }
    case 'done':
    case 'failed':
      return 1;
    case 'cancelled':
      return 0;
    default:
      return assertNever(job, 'job');
  }
}

/** Batch-wide state that belongs to no single job. */
export interface BatchFlags {
  readonly paused: boolean;
  /** When uploads started waiting for the connection, or null while online. */
  readonly offlineSince: number | null;
  /** The server that could not be reached (an origin, such as https://upload.imagekit.io). */
  readonly offlineOrigin?: string | null;
}

export const NO_BATCH_FLAGS: BatchFlags = { paused: false, offlineSince: null };

/** Counts, progress and bytes for a list of jobs. */
export function summarize(jobs: Iterable<Job>, flags: BatchFlags = NO_BATCH_FLAGS): BatchSummary {
  const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
  let total = 0;
  let progressSum = 0;
  let counted = 0;
  let bytesSent = 0;
  let bytesToSend = 0;
  let missingAlt = 0;
  for (const job of jobs) {
    total += 1;
    counts[job.status] += 1;
    if (job.status !== 'failed' && job.status !== 'cancelled' && !hasAlt(job.alt)) missingAlt += 1;
    if (job.status !== 'cancelled') {
      counted += 1;
      progressSum += jobProgress(job);
    }
    const bytes = jobBytes(job);
    bytesSent += bytes.sent;
    bytesToSend += bytes.total - bytes.sent;
  }
  return {
    total,
    counts,
    progress: counted > 0 ? progressSum / counted : 0,
    bytesSent,
    bytesToSend,
    missingAlt,
    // Files waiting for the connection go on by themselves, so the batch is still running.
    active: countWhere(counts, isWorking) > 0 || (flags.offlineSince !== null && counts.ready > 0),
    paused: flags.paused,
    offline:
      flags.offlineSince === null
        ? null
        : {
            since: flags.offlineSince,
            waiting: countWhere(counts, isInProgress),
            origin: flags.offlineOrigin ?? null,
          },
  };
}
