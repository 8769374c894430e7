/**
 * The rows under each filter tab, and the failed rows a retry may fix, kept up to date one
 * changed row at a time: an update of ten rows costs ten rows' work, however long the list.
 */
import type { Job, JobId } from '../../../../shared/jobs';
import { canRetry } from '../../../../shared/retry';
import type { ListFilter } from '../ui/state';
import { matchesFilter } from './selectors';
import { editSorted, type RankOf } from './sorted-ids';

/** The tabs that show part of the list (All shows every row, in `order`). */
export type TabFilter = Exclude<ListFilter, 'all'>;

/** Each tab's rows, in list order. */
export type TabLists = { readonly [F in TabFilter]: readonly JobId[] };

const TAB_FILTERS: readonly TabFilter[] = ['active', 'failed', 'done'];

export const NO_TABS: TabLists = { active: [], failed: [], done: [] };

/** 1 for a failed row "Retry failed" would try again, else 0. */
function retryableOf(job: Job | undefined): number {
  return job?.status === 'failed' && canRetry(job) ? 1 : 0;
}

/** The tab lists and the retryable count of a whole list of jobs, in list order. */
export function tabsOf(jobs: Iterable<Job>): { tabs: TabLists; retryable: number } {
  const tabs = { active: [] as JobId[], failed: [] as JobId[], done: [] as JobId[] };
  let retryable = 0;
  for (const job of jobs) {
    for (const filter of TAB_FILTERS) if (matchesFilter(job, filter)) tabs[filter].push(job.id);
    retryable += retryableOf(job);
  }
  return { tabs, retryable };
}

/** What one update does to the tabs: gathered row by row, then applied to each tab once. */
export class TabEdits {
  private readonly changes: { [F in TabFilter]: Map<JobId, boolean> } = {
    active: new Map(),
    failed: new Map(),
    done: new Map(),
  };
  /** How the retryable count moves. */
  retryable = 0;

  /** A row changed from `before` to `after` (undefined: not in the list). */
  change(id: JobId, before: Job | undefined, after: Job | undefined): void {
    for (const filter of TAB_FILTERS) {
      const was = before !== undefined && matchesFilter(before, filter);
      const is = after !== undefined && matchesFilter(after, filter);
      if (was !== is) this.changes[filter].set(id, is);
    }
    this.retryable += retryableOf(after) - retryableOf(before);
  }

  /** The tabs with the changes made: the same object when no tab changed. */
  apply(tabs: TabLists, rankOf: RankOf): TabLists {
    let next: { -readonly [F in TabFilter]: readonly JobId[] } | null = null;
    for (const filter of TAB_FILTERS) {
      const list = editSorted(tabs[filter], this.changes[filter], rankOf);
      if (list === tabs[filter]) continue;
      next ??= { ...tabs };
      next[filter] = list;
    }
    return next ?? tabs;
  }
}
