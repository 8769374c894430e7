import { isInProgress, type Job, type JobId } from '../../../../shared/jobs';
import type { ListFilter } from '../../store/ui/state';

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
