import { describe, expect, it } from 'vitest';
import {
  countWhere,
  isFinished,
  isInProgress,
  isWorking,
  JOB_STATUSES,
  type JobStatus,
} from '../../../src/shared/jobs';

const where = (test: (s: JobStatus) => boolean) => JOB_STATUSES.filter(test);

describe('job status groups', () => {
  it('splits every status into in progress or finished, never both', () => {
    expect(where(isFinished)).toEqual(['done', 'failed', 'cancelled']);
    expect(where(isInProgress)).toEqual(['queued', 'processing', 'ready', 'uploading']);
    for (const s of JOB_STATUSES) expect(isFinished(s)).toBe(!isInProgress(s));
  });

  it('counts ready as in progress but not as working, since it may wait for the user', () => {
    expect(where(isWorking)).toEqual(['queued', 'processing', 'uploading']);
    expect(isInProgress('ready')).toBe(true);
    expect(isWorking('ready')).toBe(false);
  });

  it('counts the jobs of a group', () => {
    const counts = {
      queued: 1,
      processing: 2,
      ready: 4,
      uploading: 8,
      done: 16,
      failed: 32,
      cancelled: 64,
    };
    expect(countWhere(counts, isInProgress)).toBe(15);
    expect(countWhere(counts, isWorking)).toBe(11);
    expect(countWhere(counts, isFinished)).toBe(112);
  });
});
