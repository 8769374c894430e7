import { describe, expect, it } from 'vitest';
import type { Job } from '../../../src/shared/jobs';
import { summarize } from '../../../src/shared/progress';

const file = { path: '/p/a.jpg', name: 'a.jpg', bytes: 1000 };
const image = { format: 'jpeg', width: 40, height: 30, animated: false } as const;
const info = (variant: 'main' | 'thumb') =>
  ({ variant, format: 'png', width: 4, height: 3, bytes: 100, quality: 80, encodes: 1 }) as const;

const ready = (id: string): Job => ({
  id,
  file,
  addedAt: 0,
  status: 'ready',
  image,
  variants: { main: info('main'), thumb: info('thumb') },
});
const queued = (id: string): Job => ({ id, file, addedAt: 0, status: 'queued' });

describe('batch flags in the summary', () => {
  it('is online and not paused unless told', () => {
    const s = summarize([ready('a')]);
    expect(s.paused).toBe(false);
    expect(s.offline).toBeNull();
    expect(s.active).toBe(false);
  });

  it('counts every unfinished file as waiting while offline, and keeps the batch active', () => {
    const s = summarize([ready('a'), ready('b'), queued('c')], { paused: false, offlineSince: 7 });
    expect(s.offline).toEqual({ since: 7, waiting: 3, origin: null });
    expect(s.active).toBe(true);
    // The server that could not be reached goes with it, when the pipeline knows it.
    const at = { paused: false, offlineSince: 7, offlineOrigin: 'https://upload.imagekit.io' };
    expect(summarize([ready('a')], at).offline).toEqual({
      since: 7,
      waiting: 1,
      origin: 'https://upload.imagekit.io',
    });
    expect(summarize([ready('a')], { paused: false, offlineSince: 7 }).active).toBe(true);
  });

  it('passes the pause through; processed files waiting for the user are not active', () => {
    const s = summarize([ready('a')], { paused: true, offlineSince: null });
    expect(s.paused).toBe(true);
    expect(s.active).toBe(false);
  });
});
