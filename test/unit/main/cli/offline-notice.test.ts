import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  offlineLine,
  offlineLineFor,
  reportOffline,
} from '../../../../src/main/cli/offline-notice';
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

  it('names the server that cannot be reached, and the variable that sets it', () => {
    const local = {
      uploadUrl: 'http://127.0.0.1:4010/api/v1/files/upload',
      apiUrl: 'http://127.0.0.1:4011',
      authEndpoint: 'http://127.0.0.1:4020/auth',
    };
    expect(offlineLineFor(2, 'http://127.0.0.1:4020', local)).toBe(
      'Offline: 2 files waiting for your auth endpoint at 127.0.0.1:4020, which signs the uploads; they continue when it answers. ' +
        '127.0.0.1:4020 is this computer: if the emulator should answer there, start it with `npm run emulator -- --port 4020`, or check IMAGEKIT_AUTH_ENDPOINT.',
    );
    const remote = { ...local, authEndpoint: 'https://auth.example.com/sign' };
    expect(offlineLineFor(1, 'https://auth.example.com', remote)).toBe(
      'Offline: 1 file waiting for your auth endpoint at auth.example.com, which signs the uploads; it continues when it answers. Check IMAGEKIT_AUTH_ENDPOINT if it should answer there.',
    );
    expect(offlineLineFor(1, 'http://127.0.0.1:4011', local)).toMatch(
      /^Offline: 1 file waiting for ImageKit at 127\.0\.0\.1:4011; .* --port 4011`, or check IMAGEKIT_API_URL\.$/,
    );
    for (const origin of ['http://127.0.0.1:4010', null]) {
      expect(offlineLineFor(1, origin, local)).toMatch(
        /^Offline: 1 file waiting for ImageKit at 127\.0\.0\.1:4010; .* --port 4010`, or check IMAGEKIT_UPLOAD_URL\.$/,
      );
    }
  });

  it('prints at once, then every period while offline, then once when back', () => {
    vi.useFakeTimers();
    let push: (u: JobsUpdate) => void = () => {};
    const errors: string[] = [];
    const stop = reportOffline(
      { onJobs: (l) => ((push = l), () => (push = () => {})) },
      { out: () => {}, err: (l) => void errors.push(l) },
      { uploadUrl: 'https://host:1/api/v1/files/upload', apiUrl: 'https://api.host' },
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
