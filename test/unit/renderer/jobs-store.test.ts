import { beforeEach, describe, expect, it } from 'vitest';
import type { Job, JobsUpdate } from '../../../src/shared/jobs';
import { summarize } from '../../../src/shared/progress';
import { applyUpdate, useJobs } from '../../../src/renderer/src/store/jobs';

const job = (id: string): Job => ({
  id,
  file: { path: `/p/${id}`, name: id, bytes: 1 },
  addedAt: 0,
  status: 'queued',
});
const update = (seq: number, jobs: Job[], removed: string[] = [], full = false): JobsUpdate => ({
  seq,
  full,
  jobs,
  removed,
  summary: summarize(jobs),
});

beforeEach(() => {
  useJobs.setState({ seq: 0, loaded: false, order: [], byId: {}, summary: summarize([]) });
});

describe('renderer job mirror', () => {
  it('replaces everything on a full snapshot and applies the next delta', () => {
    expect(applyUpdate(update(4, [job('a'), job('b')], [], true))).toBe('applied');
    expect(applyUpdate(update(5, [job('c')], ['a']))).toBe('applied');
    expect(useJobs.getState().order).toEqual(['b', 'c']);
    expect(useJobs.getState().seq).toBe(5);
  });

  it('ignores stale updates and reports a gap instead of guessing', () => {
    applyUpdate(update(4, [job('a')], [], true));
    expect(applyUpdate(update(4, [job('x')]))).toBe('stale');
    expect(applyUpdate(update(6, [job('y')]))).toBe('gap');
    expect(useJobs.getState().order).toEqual(['a']);
  });

  it('asks for a snapshot when a delta arrives before the first snapshot', () => {
    expect(applyUpdate(update(1, [job('a')]))).toBe('gap');
    expect(useJobs.getState().loaded).toBe(false);
  });
});
