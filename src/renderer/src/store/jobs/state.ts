import { create } from 'zustand';
import type { BatchSummary, Job, JobId, JobsUpdate } from '../../../../shared/jobs';
import { summarize } from '../../../../shared/progress';
import { dropPreviews, forgetPreviews } from './previews';
import { forgetMissing } from '../selection/actions';
import { editSorted } from './sorted-ids';
import { NO_TABS, TabEdits, tabsOf, type TabLists } from './tab-lists';

export interface JobsState {
  readonly seq: number;
  readonly loaded: boolean;
  /** Every row, in list order: a new array only when rows come or go. */
  readonly order: readonly JobId[];
  /** The rows under each filter tab, in list order: a tab's array is new only when its rows change. */
  readonly tabs: TabLists;
  /**
   * Each row's job. The map is live: an update changes it in place and then sets the state, so
   * read one job at a time (`s.byId.get(id)`) and never keep the map to compare it later.
   */
  readonly byId: ReadonlyMap<JobId, Job>;
  /**
   * Each row's rank: given when the row arrives and growing down the list, so `order` and every
   * tab are sorted by it (see ./sorted-ids). Live, like `byId`.
   */
  readonly rank: ReadonlyMap<JobId, number>;
  /** Failed rows a retry may fix. */
  readonly retryable: number;
  readonly summary: BatchSummary;
}

function emptyJobs(): JobsState {
  return {
    seq: 0,
    loaded: false,
    order: [],
    tabs: NO_TABS,
    byId: new Map(),
    rank: new Map(),
    retryable: 0,
    summary: summarize([]),
  };
}

/** The renderer's mirror of main's job list. Only `applyUpdate` writes it. */
export const useJobs = create<JobsState>(emptyJobs);

/** The rank the next new row gets. */
let nextRank = 0;

/** Back to nothing loaded, as at start-up. */
export function resetJobs(): void {
  nextRank = 0;
  useJobs.setState(emptyJobs(), true);
}

/** A row's rank in the list now, or -1 when it is not in the list. */
export function rankOf(id: JobId): number {
  return useJobs.getState().rank.get(id) ?? -1;
}

function applyFull(update: JobsUpdate): void {
  const byId = new Map<JobId, Job>();
  const rank = new Map<JobId, number>();
  const order: JobId[] = [];
  for (const job of update.jobs) {
    if (!byId.has(job.id)) {
      rank.set(job.id, order.length);
      order.push(job.id);
    }
    byId.set(job.id, job);
  }
  nextRank = order.length;
  forgetPreviews((id) => !byId.has(id));
  const { tabs, retryable } = tabsOf(byId.values());
  useJobs.setState({
    seq: update.seq,
    loaded: true,
    order,
    tabs,
    byId,
    rank,
    retryable,
    summary: update.summary,
  });
  forgetMissing((id) => byId.has(id));
}

/** Work in proportion to the rows the update names: the maps change in place, lists by edits. */
function applyDelta(state: JobsState, update: JobsUpdate): void {
  const byId = state.byId as Map<JobId, Job>;
  const rank = state.rank as Map<JobId, number>;
  const edits = new TabEdits();
  const rows = new Map<JobId, boolean>();
  for (const job of update.jobs) {
    const before = byId.get(job.id);
    if (!before) {
      rank.set(job.id, nextRank++);
      rows.set(job.id, true);
    }
    byId.set(job.id, job);
    edits.change(job.id, before, job);
  }
  const gone: JobId[] = [];
  for (const id of update.removed) {
    const before = byId.get(id);
    if (!before) continue;
    byId.delete(id);
    edits.change(id, before, undefined);
    rows.set(id, false);
    gone.push(id);
  }
  const rankOfNow = (id: JobId): number => rank.get(id) ?? -1;
  const order = editSorted(state.order, rows, rankOfNow);
  const tabs = edits.apply(state.tabs, rankOfNow);
  // Ranks of the rows that went are needed until the lists are edited.
  for (const id of gone) rank.delete(id);
  dropPreviews(gone);
  useJobs.setState({
    seq: update.seq,
    order,
    tabs,
    retryable: state.retryable + edits.retryable,
    summary: update.summary,
  });
  if (gone.length > 0) forgetMissing((id) => byId.has(id));
}

/**
 * Apply a pushed update. Returns 'gap' when an update was missed, so the caller can ask for a
 * full snapshot; stale updates are ignored.
 */
export function applyUpdate(update: JobsUpdate): 'applied' | 'stale' | 'gap' {
  const state = useJobs.getState();
  if (update.full) {
    if (state.loaded && update.seq < state.seq) return 'stale';
    applyFull(update);
    return 'applied';
  }
  if (update.seq <= state.seq) return 'stale';
  if (update.seq > state.seq + 1 || !state.loaded) return 'gap';
  applyDelta(state, update);
  return 'applied';
}
