import { isInProgress, type Job, type JobId } from '../../../../shared/jobs';
import type { ListFilter } from '../ui/state';
import type { JobsState } from './state';

/** Main image links of uploaded files (all, or those among `ids`), in list order. */
export function uploadedLinks(state: JobsState, ids: readonly JobId[] = state.tabs.done): string[] {
  const links: string[] = [];
  for (const id of ids) {
    const job = state.byId.get(id);
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

/** The rows a filter tab shows, in list order. */
export function shownIds(state: JobsState, filter: ListFilter): readonly JobId[] {
  return filter === 'all' ? state.order : state.tabs[filter];
}
