import { create } from 'zustand';
import { countWhere, isInProgress, type BatchSummary } from '../../../../shared/jobs';

interface Sample {
  readonly at: number;
  readonly finished: number;
}

const WINDOW_MS = 60_000;

/** Seconds left for the batch, or null until there is enough to say something honest. */
export const useEta = create<{ readonly seconds: number | null }>(() => ({ seconds: null }));

let samples: Sample[] = [];

/**
 * Record a summary main pushed. The estimate comes from how fast files actually finished over
 * the last minute, so it covers processing and uploading alike.
 */
export function recordSummary(summary: BatchSummary, now = Date.now()): void {
  if (!summary.active) {
    samples = [];
    useEta.setState({ seconds: null });
    return;
  }
  const c = summary.counts;
  // Cancelled files leave the batch rather than finish it, so they do not speed the estimate up.
  const finished = c.done + c.failed;
  const remaining = countWhere(c, isInProgress);
  samples = samples.filter((s) => now - s.at <= WINDOW_MS);
  samples.push({ at: now, finished });
  const first = samples[0];
  if (!first) return;
  const files = finished - first.finished;
  const seconds = (now - first.at) / 1000;
  useEta.setState({ seconds: files >= 3 && seconds > 2 ? (remaining * seconds) / files : null });
}
