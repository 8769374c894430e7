import type { ErrorCode } from './errors';
import type { Job } from './jobs';

/**
 * Whether "Retry" may help: stopped jobs, every upload failure (the user may have fixed the key
 * or the network) and processing failures that were not the file's fault.
 */
export function canRetry(job: Job): boolean {
  if (job.status === 'cancelled') return true;
  if (job.status !== 'failed') return false;
  return job.stage === 'upload' || job.retryable;
}

/** Processing failures where the file itself may be fine (a crash, a timeout, a read error). */
const TRANSIENT_PROCESS_FAILURES: ReadonlySet<ErrorCode> = new Set([
  'worker-crashed',
  'worker-timeout',
  'read-failed',
  'internal',
]);

/** Whether a processing failure with this code may go away on a second try. */
export function isWorthRetrying(code: ErrorCode): boolean {
  return TRANSIENT_PROCESS_FAILURES.has(code);
}
