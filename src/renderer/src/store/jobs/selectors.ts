import { isInProgress, type Job, type JobId } from '../../../../shared/jobs';
import { canRetry } from '../../../../shared/retry';
import type { ListFilter } from '../ui/state';
import type { JobsState } from './state';

/** Failed jobs a retry may fix. */
export function retryableFailures(state: JobsState): number {
  let n = 0;
  for (const job of Object.values(state.byId)) {
    if (job.status === 'failed' && canRetry(job)) n += 1;
  }
  return n;
}

/** Main image links of uploaded files (all, or those among `ids`), in list order. */
export function uploadedLinks(state: JobsState, ids: readonly JobId[] = state.order): string[] {
  const links: string[] = [];
  for (const id of ids) {
    const job = state.byId[id];
    if (job?.status === 'done') links.push(job.uploaded.main.url);
  }
  return links;
}

/** Whether a job belongs under a filter tab. */
export function matchesFilter(job: Job, filter: ListFilter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'failed':
      return job.status === 'failed';
    case 'done':
      return job.status === 'done';
    case 'active':
      return isInProgress(job.status);
  }
}

/** Ids to show, in list order. */
export function visibleIds(
  order: readonly JobId[],
  byId: Readonly<Record<JobId, Job>>,
  filter: ListFilter,
): readonly JobId[] {
  return order.filter((id) => {
    const job = byId[id];
    return job !== undefined && matchesFilter(job, filter);
  });
}
