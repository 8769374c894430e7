/**
 * Runs an upload service to the end for the CLI: one line per file as each finishes (in list
 * order), a summary, and on Ctrl+C a stop that keeps the journal as it was, so `resume` can
 * continue.
 */
import type { Job, JobId, UploadedVariant } from '../../shared/jobs';
import type { UploadService } from '../core/service/upload-service';
import { EXIT, type CliIo } from './io';
import { reportOffline } from './offline-notice';
import { BatchReporter, type BatchCounts, type FileReport, type WrittenVariant } from './report';
import { strings } from '../../shared/strings';

function written(v: UploadedVariant): WrittenVariant {
  return { path: v.filePath, info: v, url: v.url, fileId: v.fileId };
}

/** The report for a job that will not change any more, or null while it is still moving. */
export function finalReport(job: Job): FileReport | null {
  switch (job.status) {
    case 'done': {
      const variants = {
        main: written(job.uploaded.main),
        thumb: written(job.uploaded.thumb),
        ...(job.image.animated ? { animated: true as const } : {}),
      };
      return job.reused
        ? {
            source: job.file.link ?? job.file.path,
            status: 'skipped',
            ...variants,
            uploadedAt: job.reused.uploadedAt,
            ...(job.reused.sameAs === undefined ? {} : { sameAs: job.reused.sameAs }),
            ...(job.reused.onImageKit ? { onImageKit: true as const } : {}),
          }
        : { source: job.file.link ?? job.file.path, status: 'done', ...variants };
    }
    case 'failed':
      return { source: job.file.link ?? job.file.path, status: 'failed', error: job.error };
    default:
      return null;
  }
}

/**
 * One line per job, in the order the jobs were listed (`order`), each printed once the job is
 * final: `report` takes any job update and ignores jobs not listed or not final yet.
 */
export function jobLines(batch: BatchReporter) {
  const order = new Map<JobId, number>();
  const reported = new Set<JobId>();
  const report = (job: Job): void => {
    const index = order.get(job.id);
    const r = finalReport(job);
    if (index === undefined || !r || reported.has(job.id)) return;
    reported.add(job.id);
    batch.put(index, r);
  };
  return { order, reported, report };
}

export interface SessionRun {
  readonly service: UploadService;
  readonly io: CliIo;
  readonly json: boolean;
  readonly signal?: AbortSignal;
  /** What `resume` needs on its command line, for the line printed after Ctrl+C. */
  readonly resumeHint: string;
  /** Adds the work (or lists restored jobs) and returns the ids to report, in order. */
  start(): Promise<readonly JobId[]>;
}

/** Counts of one run, for the summary line. */
export type RunCounts = BatchCounts;

/** Drives the service until every listed job finished or Ctrl+C; returns the counts, or null if stopped. */
export async function runSession(run: SessionRun): Promise<RunCounts | null> {
  const { service, io, signal } = run;
  const batch = new BatchReporter(io, run.json, true);
  const { order, reported, report } = jobLines(batch);
  const unsubscribe = service.onJobs((update) => update.jobs.forEach(report));
  // While ImageKit cannot be reached, files wait (never fail) and stderr says so every 10 s.
  const stopOfflineNotice = reportOffline(service, io, (await service.getSettings()).connection);
  let stopped: () => void = () => {};
  const interrupted = new Promise<void>((resolve) => (stopped = resolve));
  signal?.addEventListener('abort', stopped, { once: true });
  try {
    const ids = await run.start();
    ids.forEach((id, index) => order.set(id, index));
    // Rows that were final at once may have been pushed before their order was known.
    (await service.getJobs()).jobs.forEach(report);
    if (!signal?.aborted) await Promise.race([service.idle(), interrupted]);
    if (signal?.aborted) {
      // Jobs that finished since the last pushed update are reported too, then nothing waits.
      (await service.getJobs()).jobs.forEach(report);
      batch.drain();
      batch.advise();
      const left = ids.length - reported.size;
      // With --json, stdout still ends with a summary, as when the run finishes.
      if (run.json) io.out(JSON.stringify({ summary: { ...batch.counts, stopped: left } }));
      io.err(strings.cli.stopped(left, run.resumeHint));
      return null;
    }
    (await service.getJobs()).jobs.forEach(report);
    batch.advise();
    return batch.counts;
  } finally {
    unsubscribe();
    stopOfflineNotice();
    signal?.removeEventListener('abort', stopped);
  }
}

/** Prints the summary line and picks the exit code. */
export function finish(io: CliIo, json: boolean, counts: RunCounts | null): number {
  if (!counts) return EXIT.interrupted;
  if (json) io.out(JSON.stringify({ summary: counts }));
  else if (counts.skipped > 0) {
    io.out(strings.cli.summaryWithSkipped(counts.done, counts.skipped, counts.failed));
  } else io.out(strings.cli.summary(counts.done, counts.failed));
  return counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
}
