import type { Job, VariantUpload } from '../../../../shared/jobs';
import { jobProgress } from '../../../../shared/progress';
import { assertNever } from '../../../../shared/assert';
import { percent } from '../../lib/format';
import { strings } from '../../../../shared/strings';

const t = strings.jobs.status;

function retrying(u: VariantUpload): boolean {
  return u.state === 'retrying';
}

/** Why processed files are not moving, when the whole batch is held. */
export type BatchHold = 'paused' | 'offline' | null;

/** A few words for the row's status pill. */
export function statusLabel(job: Job, hold: BatchHold = null): string {
  switch (job.status) {
    case 'queued':
      return t.waiting;
    case 'processing':
      return t.preparing;
    case 'ready':
      if (hold === 'paused') return t.paused;
      if (hold === 'offline') return t.offline;
      return t.ready;
    case 'uploading':
      if (retrying(job.uploads.main) || retrying(job.uploads.thumb)) return t.retrying;
      return t.uploading(percent(jobProgress(job)));
    case 'done':
      return job.reused ? t.alreadyUploaded : t.uploaded;
    case 'failed':
      return job.stage === 'upload' ? t.uploadFailed : t.failed;
    case 'cancelled':
      return t.stopped;
    default:
      return assertNever(job, 'job');
  }
}
