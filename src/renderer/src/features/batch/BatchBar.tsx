import type { BatchSummary } from '../../../../shared/jobs';
import { useJobs } from '../../store/jobs/state';
import { uploadedLinks } from '../../store/jobs/selectors';
import { useEta } from '../../store/jobs/eta';
import {
  cancelAll,
  clearFinished,
  copyAllLinks,
  pauseAll,
  resumeAll,
  retryFailed,
} from '../../store/jobs/actions';
import { formatBytes, formatRemaining } from '../../lib/format';
import { FilterTabs } from './FilterTabs';
import { BatchMeter } from './BatchMeter';
import { strings } from '../../../../shared/strings';

/** Files that still have work ahead of them. */
function unfinished(summary: BatchSummary): number {
  const c = summary.counts;
  return c.queued + c.processing + c.ready + c.uploading;
}

const t = strings.batch;

function headline(summary: BatchSummary): string {
  const c = summary.counts;
  const counted = summary.total - c.cancelled;
  if (summary.paused && unfinished(summary) > 0) return t.paused(c.done, counted, c.failed);
  if (summary.active) return t.active(c.done, counted, c.failed);
  if (c.ready > 0) return t.ready(c.ready, c.done, c.failed);
  if (c.failed > 0) return t.finished(c.done, c.failed);
  if (c.done > 0) return t.allUploaded(c.done);
  return t.nothing;
}

/** The whole batch at a glance: one honest bar, counts, time left, and batch actions. */
export function BatchBar() {
  const summary = useJobs((s) => s.summary);
  const eta = useEta((s) => s.seconds);
  const retryable = useJobs((s) => s.retryable);
  if (summary.total === 0) return null;
  const c = summary.counts;
  const finished = c.done + c.failed + c.cancelled;
  // Time left means nothing while nothing moves.
  const moving = summary.active && !summary.paused && summary.offline === null;
  return (
    <section className="batch" aria-label={t.label}>
      <div className="batch-line">
        <div className="batch-text">
          <strong data-testid="batch-headline">{headline(summary)}</strong>
          <span className="muted">
            {moving && eta !== null ? ` · ${formatRemaining(eta)}` : ''}
            {summary.bytesSent > 0 ? ` · ${t.sent(formatBytes(summary.bytesSent))}` : ''}
          </span>
        </div>
        <div className="batch-actions">
          {retryable > 0 && (
            <button type="button" className="button small" onClick={() => void retryFailed()}>
              {t.retryFailed(retryable)}
            </button>
          )}
          {c.done > 0 && (
            <button
              type="button"
              className="button small ghost"
              onClick={() => void copyAllLinks(uploadedLinks(useJobs.getState()))}
            >
              {t.copyLinks(c.done)}
            </button>
          )}
          {summary.paused ? (
            <button type="button" className="button small primary" onClick={() => void resumeAll()}>
              {t.resumeAll}
            </button>
          ) : (
            unfinished(summary) > 0 && (
              <button type="button" className="button small" onClick={() => void pauseAll()}>
                {t.pauseAll}
              </button>
            )
          )}
          {summary.active && (
            <button type="button" className="button small danger" onClick={() => void cancelAll()}>
              {t.stopAll}
            </button>
          )}
          {finished > 0 && (
            <button
              type="button"
              className="button small ghost"
              onClick={() => void clearFinished()}
            >
              {t.clearFinished}
            </button>
          )}
        </div>
      </div>
      <BatchMeter summary={summary} />
      {summary.missingAlt > 0 && (
        <p className="batch-alt" role="status" data-testid="missing-alt">
          {strings.alt.missing(summary.missingAlt)}
        </p>
      )}
      <FilterTabs />
    </section>
  );
}
