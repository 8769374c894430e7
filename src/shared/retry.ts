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
