/** What the pipeline keeps per job beside its public state, and the queues it schedules from. */
import type { Job, JobId, Variants } from '../../../shared/jobs';
import type { OutputFormat } from '../../../shared/presets';
import type { EncodedVariant } from '../images/types';
import type { UploadBudget, UploadedRef } from '../imagekit/types';
import type { JobStore } from './job-store';

export interface Work {
  /** Which run of the job is current; results of older runs are dropped. 0: none. */
  run: number;
  abort: AbortController | null;
  encoded: { readonly variants: Variants<EncodedVariant>; readonly sourceHash: string } | null;
  /** Variants ImageKit confirmed, so a retry sends only the rest. */
  uploaded: Partial<Variants<UploadedRef>>;
  /** The user pressed Upload (matters when automatic upload is off). */
  approved: boolean;
  /** The thumbnail's bytes, kept after upload so the list can show it (a few KB per file). */
  preview: { readonly data: Uint8Array; readonly format: OutputFormat } | null;
  /** sha256 the source had when this job read it before (a restored job); null: not known. */
  expectedSha256: string | null;
  /** Upload even if the history already has this file ("Upload again"). */
  force: boolean;
  /** Retry budget used before an offline wait; null for a fresh start. */
  spent: UploadBudget | null;
}

export function newWork(): Work {
  return {
    run: 0,
    abort: null,
    encoded: null,
    uploaded: {},
    approved: false,
    preview: null,
    expectedSha256: null,
    force: false,
    spent: null,
  };
}

/** Bytes of encoded variants a job holds in memory. */
export function encodedBytes(encoded: Work['encoded']): number {
  return encoded
    ? encoded.variants.main.data.byteLength + encoded.variants.thumb.data.byteLength
    : 0;
}

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
