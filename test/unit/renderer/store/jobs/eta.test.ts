import { beforeEach, describe, expect, it } from 'vitest';
import type { BatchSummary, JobStatus } from '../../../../../src/shared/jobs';
import { JOB_STATUSES } from '../../../../../src/shared/jobs';
import { recordSummary, useEta } from '../../../../../src/renderer/src/store/jobs/eta';

/** A summary with these counts; `active` follows the shared status groups unless given. */
function summary(counts: Partial<Record<JobStatus, number>>, active = true): BatchSummary {
  const all = Object.fromEntries(JOB_STATUSES.map((s) => [s, counts[s] ?? 0])) as Record<
    JobStatus,
    number
  >;
  const total = Object.values(all).reduce((a, b) => a + b, 0);
  return {
    total,
    counts: all,
    progress: 0,
    bytesSent: 0,
    bytesToSend: 0,
    missingAlt: 0,
    active,
    paused: false,
    offline: null,
  };
}

const eta = (): number | null => useEta.getState().seconds;

beforeEach(() => {
  // An inactive batch clears the samples the module keeps between calls.
  recordSummary(summary({}, false), 0);
});

describe('time left for the batch', () => {
  it('says nothing until three files finished over more than two seconds', () => {
    recordSummary(summary({ queued: 10 }), 0);
    expect(eta()).toBeNull();
    recordSummary(summary({ queued: 8, done: 2 }), 5_000);
    expect(eta()).toBeNull();
    recordSummary(summary({ queued: 7, done: 3 }), 70_000);
    // The earlier samples fell out of the one-minute window: nothing finished within it yet.
    expect(eta()).toBeNull();
    recordSummary(summary({ queued: 4, done: 6 }), 71_500);
    // Three files, but in 1.5 s: too short to be honest about.
    expect(eta()).toBeNull();
    recordSummary(summary({ queued: 4, done: 6 }), 73_000);
    // Three files in 3 s; 4 left -> 4 s.
    expect(eta()).toBeCloseTo(4);
  });

  it('extrapolates from files finished per second, failures included', () => {
    recordSummary(summary({ queued: 10 }), 0);
    recordSummary(summary({ queued: 6, done: 3, failed: 1 }), 8_000);
    // 4 files in 8 s; 6 left -> 12 s.
    expect(eta()).toBeCloseTo(12);
  });

  it('counts ready files as still to do, like the In progress tab', () => {
    recordSummary(summary({ queued: 10 }), 0);
    recordSummary(summary({ ready: 4, uploading: 2, done: 4 }), 10_000);
    // 4 files in 10 s; 6 left (ready + uploading) -> 15 s.
    expect(eta()).toBeCloseTo(15);
  });

  it('does not count stopped files as finished', () => {
    recordSummary(summary({ queued: 10 }), 0);
    recordSummary(summary({ queued: 4, cancelled: 6 }), 10_000);
    expect(eta()).toBeNull();
  });

  it('forgets everything once the batch is no longer active', () => {
    recordSummary(summary({ queued: 10 }), 0);
    recordSummary(summary({ queued: 5, done: 5 }), 10_000);
    expect(eta()).not.toBeNull();
    recordSummary(summary({ ready: 5, done: 5 }, false), 11_000);
    expect(eta()).toBeNull();
    // A new batch starts from scratch: one sample is not enough to say anything.
    recordSummary(summary({ queued: 3, done: 5 }), 12_000);
    expect(eta()).toBeNull();
  });

  it('only uses the last minute, so a slow start does not skew the estimate', () => {
    recordSummary(summary({ queued: 100 }), 0);
    recordSummary(summary({ queued: 90, done: 10 }), 50_000);
    recordSummary(summary({ queued: 60, done: 40 }), 100_000);
    // Window holds the samples at 50 s and 100 s: 30 files in 50 s; 60 left -> 100 s.
    expect(eta()).toBeCloseTo(100);
  });
});
