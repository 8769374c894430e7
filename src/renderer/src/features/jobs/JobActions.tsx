import type { Job } from '../../../../shared/jobs';
import { canRetry } from '../../../../shared/retry';
import { cancelJob, copyLink, openLink, retryJob, uploadAgain } from '../../store/jobs/actions';
import { ActionButton } from '../../components/ActionButton';
import { strings } from '../../../../shared/strings';

const t = strings.jobs;

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
            label={t.stopOf(name)}
            onClick={() => void cancelJob(job.id)}
          >
            {t.stop}
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
              label={t.retryOf(name)}
              onClick={() => void retryJob(job.id)}
            >
              {t.retry}
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
              label={t.uploadAgainOf(name)}
              onClick={() => void uploadAgain(job.id)}
            >
              {t.uploadAgain}
            </ActionButton>
          )}
          <ActionButton
            tabIndex={tabIndex}
            className="button small ghost"
            label={t.copyLinkOf(name)}
            onClick={() => void copyLink(job.uploaded.main.url)}
          >
            {t.copyLink}
          </ActionButton>
          <ActionButton
            tabIndex={tabIndex}
            className="button small ghost"
            label={t.openOf(name)}
            onClick={() => void openLink(job.uploaded.main.url)}
          >
            {t.open}
          </ActionButton>
        </div>
      );
  }
}
