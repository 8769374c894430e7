import type { BatchSummary } from '../../../../shared/jobs';
import { percent } from '../../lib/format';
import { strings } from '../../../../shared/strings';

/**
 * One bar, three honest parts: uploaded files, failed files, and the work in progress on the
 * rest (bytes sent, preparation), each as a share of the files that were not stopped.
 */
export function BatchMeter({ summary }: { summary: BatchSummary }) {
  const counted = summary.total - summary.counts.cancelled;
  if (counted <= 0) return <div className="bar" />;
  const done = summary.counts.done / counted;
  const failed = summary.counts.failed / counted;
  const partial = Math.max(0, summary.progress - done - failed);
  return (
    <div
      className="bar"
      role="progressbar"
      aria-label={strings.batch.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.floor(summary.progress * 100)}
      aria-valuetext={strings.batch.meter(percent(done), percent(failed))}
    >
      <div className="bar-done" style={{ width: percent(done) }} />
      <div className="bar-partial" style={{ width: percent(partial) }} />
      <div className="bar-failed" style={{ width: percent(failed) }} />
    </div>
  );
}
