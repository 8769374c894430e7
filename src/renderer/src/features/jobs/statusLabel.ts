import type { Job, VariantUpload } from '../../../../shared/jobs';
import { jobProgress } from '../../../../shared/progress';
import { assertNever } from '../../../../shared/assert';
import { percent } from '../../lib/format';

function retrying(u: VariantUpload): boolean {
  return u.state === 'retrying';
}

/** Why processed files are not moving, when the whole batch is held. */
export type BatchHold = 'paused' | 'offline' | null;

/** A few words for the row's status pill. */
export function statusLabel(job: Job, hold: BatchHold = null): string {
  switch (job.status) {
    case 'queued':
      return 'Waiting';
    case 'processing':
      return 'Preparing';
    case 'ready':
      if (hold === 'paused') return 'Paused';
      if (hold === 'offline') return 'No connection';
      return 'Ready';
    case 'uploading':
      if (retrying(job.uploads.main) || retrying(job.uploads.thumb)) return 'Retrying…';
      return `Uploading ${percent(jobProgress(job))}`;
    case 'done':
      return job.reused ? 'Already uploaded' : 'Uploaded';
    case 'failed':
      return job.stage === 'upload' ? 'Upload failed' : 'Failed';
    case 'cancelled':
      return 'Stopped';
    default:
      return assertNever(job, 'job');
  }
}
