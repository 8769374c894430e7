import { create } from 'zustand';
import type { BatchSummary, Job, JobId, JobsUpdate } from '../../../../shared/jobs';
import { summarize } from '../../../../shared/progress';
import { forgetPreviews } from './previews';
import { forgetMissing } from '../selection/actions';

export interface JobsState {
  readonly seq: number;
  readonly loaded: boolean;
  readonly order: readonly JobId[];
  readonly byId: Readonly<Record<JobId, Job>>;
  readonly summary: BatchSummary;
}

/** The renderer's mirror of main's job list. Only `applyUpdate` writes it. */
export const useJobs = create<JobsState>(() => ({
  seq: 0,
  loaded: false,
  order: [],
  byId: {},
  summary: summarize([]),
}));

/**
 * Apply a pushed update. Returns 'gap' when an update was missed, so the caller can ask for a
 * full snapshot; stale updates are ignored.
 */
export function applyUpdate(update: JobsUpdate): 'applied' | 'stale' | 'gap' {
  const state = useJobs.getState();
  if (update.full) {
    if (state.loaded && update.seq < state.seq) return 'stale';
    const byId: Record<JobId, Job> = {};
    for (const job of update.jobs) byId[job.id] = job;
    forgetPreviews((id) => !(id in byId));
    useJobs.setState({
      seq: update.seq,
      loaded: true,
      order: update.jobs.map((j) => j.id),
      byId,
      summary: update.summary,
    });
    forgetMissing((id) => id in byId);
    return 'applied';
  }
  if (update.seq <= state.seq) return 'stale';
  if (update.seq > state.seq + 1 || !state.loaded) return 'gap';
  const byId: Record<JobId, Job> = { ...state.byId };
  let order = state.order;
  const added: JobId[] = [];
  for (const job of update.jobs) {
    if (!(job.id in byId)) added.push(job.id);
    byId[job.id] = job;
  }
  if (update.removed.length > 0) {
    const removed = new Set(update.removed);
    for (const id of removed) delete byId[id];
    forgetPreviews((id) => removed.has(id));
    order = order.filter((id) => !removed.has(id));
  }
  if (added.length > 0) order = [...order, ...added];
  useJobs.setState({ seq: update.seq, order, byId, summary: update.summary });
  if (update.removed.length > 0) forgetMissing((id) => id in byId);
  return 'applied';
}
