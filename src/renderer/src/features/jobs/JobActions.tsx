import type { Job } from '../../../../shared/jobs';
import { canRetry } from '../../../../shared/retry';
import { cancelJob, copyLink, openLink, retryJob, uploadAgain } from '../../store/actions';
import { ActionButton } from '../ActionButton';

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
          <ActionButton
            className="button small ghost"
            label={`Stop ${name}`}
            onClick={() => void cancelJob(job.id)}
          >
            Stop
          </ActionButton>
        </div>
      );
    case 'failed':
    case 'cancelled': {
      return (
        <div className="row-actions">
          {canRetry(job) && (
            <ActionButton
              className="button small"
              label={`Retry ${name}`}
              onClick={() => void retryJob(job.id)}
            >
              Retry
            </ActionButton>
          )}
        </div>
      );
    }
    case 'done':
      return (
        <div className="row-actions">
          {job.reused && (
            <ActionButton
              className="button small"
              label={`Upload ${name} again`}
              onClick={() => void uploadAgain(job.id)}
            >
              Upload again
            </ActionButton>
          )}
          <ActionButton
            className="button small ghost"
            label={`Copy link to ${name}`}
            onClick={() => void copyLink(job.uploaded.main.url)}
          >
            Copy link
          </ActionButton>
          <ActionButton
            className="button small ghost"
            label={`Open ${name}`}
            onClick={() => void openLink(job.uploaded.main.url)}
          >
            Open
          </ActionButton>
        </div>
      );
  }
}
