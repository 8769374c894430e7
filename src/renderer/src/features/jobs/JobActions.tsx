import type { Job } from '../../../../shared/jobs';
import { canRetry } from '../../../../shared/retry';
import { cancelJob, copyLink, openLink, retryJob, uploadAgain } from '../../store/actions';

/** The buttons that make sense for a row in its current state. */
export function JobActions({ job }: { job: Job }) {
  const name = job.file.name;
  switch (job.status) {
    case 'queued':
    case 'processing':
    case 'ready':
    case 'uploading':
      return (
        <div className="row-actions">
          <button
            type="button"
            className="button small ghost"
            aria-label={`Stop ${name}`}
            onClick={() => void cancelJob(job.id)}
          >
            Stop
          </button>
        </div>
      );
    case 'failed':
    case 'cancelled': {
      return (
        <div className="row-actions">
          {canRetry(job) && (
            <button
              type="button"
              className="button small"
              aria-label={`Retry ${name}`}
              onClick={() => void retryJob(job.id)}
            >
              Retry
            </button>
          )}
        </div>
      );
    }
    case 'done':
      return (
        <div className="row-actions">
          {job.reused && (
            <button
              type="button"
              className="button small"
              aria-label={`Upload ${name} again`}
              onClick={() => void uploadAgain(job.id)}
            >
              Upload again
            </button>
          )}
          <button
            type="button"
            className="button small ghost"
            aria-label={`Copy link to ${name}`}
            onClick={() => void copyLink(job.uploaded.main.url)}
          >
            Copy link
          </button>
          <button
            type="button"
            className="button small ghost"
            aria-label={`Open ${name}`}
            onClick={() => void openLink(job.uploaded.main.url)}
          >
            Open
          </button>
        </div>
      );
  }
}
