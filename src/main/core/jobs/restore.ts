/** Turns journaled rows back into jobs: finished rows as they were, the rest queued again. */
import { statSync } from 'node:fs';
import type { Job, SourceFile } from '../../../shared/jobs';
import { failedJob, imageOf, jobBase } from './job-states';
import type { JobExtras, JournalRow } from '../persistence/journal';
import { resumeErrors } from '../persistence/state-notices';

/** A job to put back in the list, with what the pipeline needs to continue it. */
export interface RestoredJob extends JobExtras {
  readonly job: Job;
  /** True when the job goes back in the queue (it had not finished). */
  readonly queue: boolean;
}

/** What the source looks like now, compared with when it was added. */
function sourceNow(file: SourceFile): 'same' | 'changed' | 'vanished' {
  try {
    const st = statSync(file.path);
    if (!st.isFile()) return 'vanished';
    return file.bytes !== null && st.size !== file.bytes ? 'changed' : 'same';
  } catch {
    return 'vanished';
  }
}

/**
 * Finished rows keep their state and links. Unfinished rows restart from the source file with
 * the variants already uploaded; a source that vanished or changed size becomes a failed row
 * that says so (the content hash catches other changes once the file is read again).
 */
export function restoreRows(rows: readonly JournalRow[]): RestoredJob[] {
  return rows.map((row) => {
    const { job } = row;
    switch (job.status) {
      case 'done':
      case 'failed':
      case 'cancelled':
        return { ...row, queue: false };
      case 'queued':
      case 'processing':
      case 'ready':
      case 'uploading': {
        const now = sourceNow(job.file);
        if (now === 'same') {
          return { ...row, job: { ...jobBase(job), status: 'queued' }, queue: true };
        }
        const error = now === 'vanished' ? resumeErrors.vanished() : resumeErrors.changed();
        // Uploaded variants belong to the old content; Retry starts afresh with the new one.
        const failed = failedJob(jobBase(job), 'validate', error, imageOf(job), true);
        return { job: failed, sha256: null, uploaded: {}, queue: false };
      }
    }
  });
}
