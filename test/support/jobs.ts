/** Job snapshots and pushed updates for tests that never touch a real file. */
import type { Job, JobsUpdate } from '../../src/shared/jobs';
import { summarize } from '../../src/shared/progress';

/** A queued job for the file /p/<id>. */
export function queuedJob(id: string): Job {
  return { id, file: { path: `/p/${id}`, name: id, bytes: 1 }, addedAt: 0, status: 'queued' };
}

/** An update as main pushes it: changed jobs, removed ids, and the summary of `jobs`. */
export function jobsUpdate(
  seq: number,
  jobs: readonly Job[],
  removed: readonly string[] = [],
  full = false,
): JobsUpdate {
  return { seq, full, jobs, removed, summary: summarize(jobs) };
}
