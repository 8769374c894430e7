/** The queues the scheduler takes jobs from, one per stage. */
import type { Job, JobId } from '../../../shared/jobs';
import type { JobStore } from './job-store';

/**
 * Job ids waiting for one stage, oldest first. A job that left the stage meanwhile (cancelled,
 * removed) is dropped when met, so callers never have to search the queue.
 */
export class StageQueue {
  private readonly ids: JobId[] = [];

  constructor(
    private readonly store: JobStore,
    private readonly status: Job['status'],
  ) {}

  push(id: JobId): void {
    this.ids.push(id);
  }

  /** Put a job back at the head of the queue (it was taken, then had to wait again). */
  pushFront(id: JobId): void {
    this.ids.unshift(id);
  }

  /** The oldest job still in the stage for which `eligible` holds, taken off the queue. */
  take(eligible: (id: JobId) => boolean = () => true): JobId | null {
    for (let i = 0; i < this.ids.length; i++) {
      const id = this.ids[i] as JobId;
      if (this.store.get(id)?.status !== this.status) {
        this.ids.splice(i--, 1);
        continue;
      }
      if (!eligible(id)) continue;
      this.ids.splice(i, 1);
      return id;
    }
    return null;
  }
}
