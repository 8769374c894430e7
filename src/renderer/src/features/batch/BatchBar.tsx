import { retryableFailures, useJobs } from '../../store/jobs';
import { useEta } from '../../store/eta';
import { cancelAll, clearFinished, retryFailed } from '../../store/actions';
import { formatBytes, formatRemaining, percent } from '../../lib/format';
import { FilterTabs } from './FilterTabs';

/** The whole batch at a glance: one honest bar, counts, time left, and batch actions. */
export function BatchBar() {
  const summary = useJobs((s) => s.summary);
  const eta = useEta((s) => s.seconds);
  const retryable = useJobs(retryableFailures);
  if (summary.total === 0) return null;
  const c = summary.counts;
  const finished = c.done + c.failed + c.cancelled;
  const working = summary.active;

  return (
    <section className="batch" aria-label="Batch progress">
      <div className="batch-line">
        <div className="batch-text">
          <strong>
            {working
              ? `${c.done} of ${summary.total - c.cancelled} uploaded`
              : c.failed > 0
                ? `Finished: ${c.done} uploaded, ${c.failed} failed`
                : c.ready > 0
                  ? `${c.ready} ready to upload`
                  : `All ${c.done} uploaded`}
          </strong>
          <span className="muted">
            {working && eta !== null ? ` · ${formatRemaining(eta)}` : ''}
            {summary.bytesSent > 0 ? ` · ${formatBytes(summary.bytesSent)} sent` : ''}
          </span>
        </div>
        <div className="batch-actions">
          {retryable > 0 && (
            <button type="button" className="button small" onClick={() => void retryFailed()}>
              Retry failed
            </button>
          )}
          {working && (
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
      <div
        className={`bar ${c.failed > 0 ? 'has-errors' : ''}`}
        role="progressbar"
        aria-label="Batch progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.floor(summary.progress * 100)}
      >
        <div className="bar-fill" style={{ width: percent(summary.progress) }} />
      </div>
      <FilterTabs />
    </section>
  );
}
