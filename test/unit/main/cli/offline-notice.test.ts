import { afterEach, describe, expect, it, vi } from 'vitest';
import { offlineLine, reportOffline } from '../../../../src/main/cli/offline-notice';
import type { JobsUpdate } from '../../../../src/shared/jobs';
import { summarize } from '../../../../src/shared/progress';

afterEach(() => {
  vi.useRealTimers();
});

function update(offlineSince: number | null): JobsUpdate {
  const summary = summarize([], { paused: false, offlineSince });
  return { seq: 1, full: false, jobs: [], removed: [], summary };
}

describe('offline notice on stderr', () => {
  it('speaks in whole sentences, singular and plural', () => {
    expect(offlineLine(1, 'upload.imagekit.io')).toBe(
      'Offline: 1 file waiting for ImageKit at upload.imagekit.io; it continues when the connection is back.',
    );
    expect(offlineLine(12, 'upload.imagekit.io')).toBe(
      'Offline: 12 files waiting for ImageKit at upload.imagekit.io; they continue when the connection is back.',
    );
  });

  it('prints at once, then every period while offline, then once when back', () => {
    vi.useFakeTimers();
    let push: (u: JobsUpdate) => void = () => {};
    const errors: string[] = [];
    const stop = reportOffline(
      { onJobs: (l) => ((push = l), () => (push = () => {})) },
      { out: () => {}, err: (l) => void errors.push(l) },
      'host:1',
      10_000,
    );
    push(update(null));
    expect(errors).toEqual([]);
    push(update(5));
    push(update(5));
    expect(errors).toHaveLength(1);
    vi.advanceTimersByTime(25_000);
    expect(errors).toHaveLength(3);
    expect(
      errors.every((l) => l.startsWith('Offline: 0 files waiting for ImageKit at host:1')),
    ).toBe(true);
    push(update(null));
    expect(errors.at(-1)).toBe('The connection is back; uploads continue.');
    vi.advanceTimersByTime(30_000);
    expect(errors).toHaveLength(4);
    stop();
  });
});
