import type { BatchSummary } from '../../../../shared/jobs';
import { retryableFailures, uploadedLinks, useJobs } from '../../store/jobs';
import { useEta } from '../../store/eta';
import {
  cancelAll,
  clearFinished,
  copyAllLinks,
  pauseAll,
  resumeAll,
  retryFailed,
} from '../../store/actions';
import { formatBytes, formatRemaining } from '../../lib/format';
import { FilterTabs } from './FilterTabs';
import { BatchMeter } from './BatchMeter';

/** Files that still have work ahead of them. */
function unfinished(summary: BatchSummary): number {
  const c = summary.counts;
  return c.queued + c.processing + c.ready + c.uploading;
}

function headline(summary: BatchSummary): string {
  const c = summary.counts;
  const failed = c.failed > 0 ? `, ${c.failed} failed` : '';
  if (summary.paused && unfinished(summary) > 0) {
    return `Paused: ${c.done} of ${summary.total - c.cancelled} uploaded${failed}`;
  }
  if (summary.active) return `${c.done} of ${summary.total - c.cancelled} uploaded${failed}`;
  if (c.ready > 0)
    return `${c.ready} ready to upload${c.done > 0 ? `, ${c.done} uploaded` : ''}${failed}`;
  if (c.failed > 0) return `Finished: ${c.done} uploaded${failed}`;
  if (c.done > 0) return `All ${c.done} uploaded`;
  return 'Nothing to upload';
}

/** The whole batch at a glance: one honest bar, counts, time left, and batch actions. */
export function BatchBar() {
  const summary = useJobs((s) => s.summary);
  const eta = useEta((s) => s.seconds);
  const retryable = useJobs(retryableFailures);
  if (summary.total === 0) return null;
  const c = summary.counts;
  const finished = c.done + c.failed + c.cancelled;
  // Time left means nothing while nothing moves.
  const moving = summary.active && !summary.paused && summary.offline === null;
  return (
    <section className="batch" aria-label="Batch progress">
      <div className="batch-line">
        <div className="batch-text">
          <strong data-testid="batch-headline">{headline(summary)}</strong>
          <span className="muted">
            {moving && eta !== null ? ` · ${formatRemaining(eta)}` : ''}
            {summary.bytesSent > 0 ? ` · ${formatBytes(summary.bytesSent)} sent` : ''}
          </span>
        </div>
        <div className="batch-actions">
          {retryable > 0 && (
            <button type="button" className="button small" onClick={() => void retryFailed()}>
              Retry failed ({retryable})
            </button>
          )}
          {c.done > 0 && (
            <button
              type="button"
              className="button small ghost"
              onClick={() => void copyAllLinks(uploadedLinks(useJobs.getState()))}
            >
              Copy {c.done === 1 ? 'link' : `${c.done} links`}
            </button>
          )}
          {summary.paused ? (
            <button type="button" className="button small primary" onClick={() => void resumeAll()}>
              Resume all
            </button>
          ) : (
            unfinished(summary) > 0 && (
              <button type="button" className="button small" onClick={() => void pauseAll()}>
                Pause all
              </button>
            )
          )}
          {summary.active && (
            <button type="button" className="button small danger" onClick={() => void cancelAll()}>
              Stop all
            </button>
          )}
          {finished > 0 && (
            <button
              type="button"
              className="button small ghost"
              onClick={() => void clearFinished()}
            >
              Clear finished
            </button>
          )}
        </div>
      </div>
      <BatchMeter summary={summary} />
      <FilterTabs />
    </section>
  );
}
