/**
 * While ImageKit cannot be reached, say so on stderr at once and then every 10 s, so a person
 * (or a log) watching a long run knows it is waiting, not stuck. Nothing fails meanwhile.
 */
import type { BatchSummary, JobsUpdate } from '../../shared/jobs';
import type { CliIo } from './io';
import { strings } from '../../shared/strings';

/** Anything that pushes job updates (the service). */
export interface UpdateSource {
  onJobs(listener: (update: JobsUpdate) => void): () => void;
}

/** The line printed while offline. */
export function offlineLine(waiting: number, where: string): string {
  return strings.cli.offline(waiting, where);
}

/**
 * Prints the offline line on stderr when uploads start waiting and every `periodMs` after,
 * and one line when the connection is back. Returns the function that stops it.
 */
export function reportOffline(
  source: UpdateSource,
  io: CliIo,
  where: string,
  periodMs = 10_000,
): () => void {
  let latest: BatchSummary | null = null;
  let timer: NodeJS.Timeout | null = null;
  const say = (): void => {
    if (latest?.offline) io.err(offlineLine(latest.offline.waiting, where));
  };
  const unsubscribe = source.onJobs((update) => {
    latest = update.summary;
    if (latest.offline && !timer) {
      say();
      timer = setInterval(say, periodMs);
      // The upload itself keeps the process alive while it waits; this timer must not.
      timer.unref();
    } else if (!latest.offline && timer) {
      clearInterval(timer);
      timer = null;
      io.err(strings.cli.back);
    }
  });
  return () => {
    unsubscribe();
    if (timer) clearInterval(timer);
    timer = null;
  };
}
