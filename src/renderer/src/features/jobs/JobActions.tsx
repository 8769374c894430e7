import type { Job } from '../../../../shared/jobs';
import { canRetry } from '../../../../shared/retry';
import { cancelJob, copyLink, openLink, retryJob, uploadAgain } from '../../store/actions';
import { ActionButton } from '../ActionButton';

/**
 * The buttons that make sense for a row in its current state. Only the active row's buttons are
 * in the Tab order, so Tab leaves a long list in one step instead of one per button.
 */
export function JobActions({ job, tabbable }: { job: Job; tabbable: boolean }) {
  const name = job.file.name;
  const tabIndex = tabbable ? 0 : -1;
  switch (job.status) {
    case 'queued':
    case 'processing':
    case 'ready':
    case 'uploading':
      return (
        <div className="row-actions" role="gridcell">
          <ActionButton
            tabIndex={tabIndex}
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
        <div className="row-actions" role="gridcell">
          {canRetry(job) && (
            <ActionButton
              tabIndex={tabIndex}
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
        <div className="row-actions" role="gridcell">
          {job.reused && (
            <ActionButton
              tabIndex={tabIndex}
              className="button small"
              label={`Upload ${name} again`}
              onClick={() => void uploadAgain(job.id)}
            >
              Upload again
            </ActionButton>
          )}
          <ActionButton
            tabIndex={tabIndex}
            className="button small ghost"
            label={`Copy link to ${name}`}
            onClick={() => void copyLink(job.uploaded.main.url)}
          >
            Copy link
          </ActionButton>
          <ActionButton
            tabIndex={tabIndex}
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
