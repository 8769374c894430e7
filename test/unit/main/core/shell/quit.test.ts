import { describe, expect, it } from 'vitest';
import { filesStillUploading, quitQuestion } from '../../../../../src/main/core/shell/quit';
import type { BatchSummary, JobStatus } from '../../../../../src/shared/jobs';
import { summarize } from '../../../../../src/shared/progress';

function summary(
  counts: Partial<Record<JobStatus, number>>,
  flags: { paused?: boolean; offlineSince?: number | null } = {},
): BatchSummary {
  const base = summarize([], {
    paused: flags.paused ?? false,
    offlineSince: flags.offlineSince ?? null,
  });
  return { ...base, counts: { ...base.counts, ...counts } };
}

describe('asking before quitting', () => {
  it('does not ask when nothing is on its way', () => {
    expect(quitQuestion(summary({}), true)).toBeNull();
    expect(quitQuestion(summary({ done: 40, failed: 2, cancelled: 1 }), true)).toBeNull();
  });

  it('counts every unfinished file when uploads start by themselves, offline ones included', () => {
    const s = summary(
      { queued: 3, processing: 2, ready: 4, uploading: 3, done: 10 },
      { offlineSince: 1 },
    );
    expect(filesStillUploading(s, true)).toBe(12);
    expect(quitQuestion(s, true)).toEqual({
      count: 12,
      message: '12 files are still uploading.',
      detail:
        'If you quit now, they continue the next time you open the app. Nothing already uploaded is lost either way.',
      keep: 'Keep uploading',
      quit: 'Quit and continue next time',
    });
  });

  it('with automatic upload off, only files already sending count', () => {
    expect(filesStillUploading(summary({ queued: 5, ready: 7, uploading: 1 }), false)).toBe(1);
    expect(quitQuestion(summary({ queued: 5, ready: 7, uploading: 1 }), false)?.message).toBe(
      '1 file is still uploading.',
    );
    expect(quitQuestion(summary({ ready: 7 }), false)).toBeNull();
  });

  it('does not ask while paused: nothing is uploading', () => {
    expect(quitQuestion(summary({ ready: 9, queued: 3 }, { paused: true }), true)).toBeNull();
  });
});
