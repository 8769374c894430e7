import { beforeEach, describe, expect, it } from 'vitest';
import { applyUpdate, resetJobs, useJobs } from '../../../../../src/renderer/src/store/jobs/state';
import {
  cachedPreview,
  forgetPreviews,
  previewCount,
  rememberPreview,
} from '../../../../../src/renderer/src/store/jobs/previews';
import { jobsUpdate as update, queuedJob as job } from '../../../../support/jobs';

beforeEach(() => {
  resetJobs();
  forgetPreviews(() => true);
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

  it('drops the preview of a row that is cleared, and keeps the others', () => {
    applyUpdate(update(1, [job('a'), job('b')], [], true));
    rememberPreview('a', 'data:image/png;base64,AAAA');
    rememberPreview('b', 'data:image/png;base64,BBBB');
    applyUpdate(update(2, [], ['a']));
    expect(cachedPreview('a')).toBeUndefined();
    expect(cachedPreview('b')).toBe('data:image/png;base64,BBBB');
    expect(previewCount()).toBe(1);
  });

  it('drops previews of rows a full snapshot no longer has', () => {
    applyUpdate(update(1, [job('a'), job('b')], [], true));
    rememberPreview('a', 'data:a');
    rememberPreview('b', 'data:b');
    applyUpdate(update(7, [job('b')], [], true));
    expect(cachedPreview('a')).toBeUndefined();
    expect(cachedPreview('b')).toBe('data:b');
  });
});
