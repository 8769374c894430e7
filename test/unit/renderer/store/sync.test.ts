import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JobsUpdate } from '../../../../src/shared/jobs';
import { summarize } from '../../../../src/shared/progress';
import { DEFAULT_SETTINGS, type SettingsView } from '../../../../src/shared/settings';
import type { StoreApi } from 'zustand';
import * as jobs from '../../../../src/renderer/src/store/jobs/state';
import * as eta from '../../../../src/renderer/src/store/jobs/eta';
import { jobsUpdate, queuedJob } from '../../../support/jobs';

/** A promise the test settles by hand, to hold a snapshot "on its way". */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (err: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const VIEW: SettingsView = {
  ...DEFAULT_SETTINGS,
  privateKey: { set: false, protection: 'os', keeping: null, forgotten: null },
  picgoServer: { state: 'off' },
  testServerStatus: { state: 'off' },
  watchStatus: [],
};

/** The preload's bridge as the store sees it: snapshots on request, pushed updates on call. */
const bridge = {
  snapshots: [] as Array<ReturnType<typeof deferred<JobsUpdate>>>,
  listener: null as ((update: JobsUpdate) => void) | null,
  getJobs: vi.fn(() => {
    const d = deferred<JobsUpdate>();
    bridge.snapshots.push(d);
    return d.promise;
  }),
  getSettings: vi.fn(async () => VIEW),
  onJobs(listener: (update: JobsUpdate) => void) {
    bridge.listener = listener;
    return () => {
      bridge.listener = null;
    };
  },
  onWatch() {
    return () => {};
  },
  push(update: JobsUpdate) {
    bridge.listener?.(update);
  },
};

// The sync and settings modules read `window.uploader`, a page global the Node type check does
// not know, so they are loaded by address and typed here by what the test uses.
let sync: { startSync(): () => void };
let settings: { useSettings: StoreApi<{ view: SettingsView | null }> };

beforeAll(async () => {
  // The store reads window.uploader when it loads, as it does under the preload.
  vi.stubGlobal('window', { uploader: bridge });
  const store = new URL('../../../../src/renderer/src/store/', import.meta.url);
  sync = await import(/* @vite-ignore */ new URL('sync.ts', store).href);
  settings = await import(/* @vite-ignore */ new URL('settings/state.ts', store).href);
});

afterAll(() => {
  vi.unstubAllGlobals();
});

beforeEach(() => {
  bridge.snapshots = [];
  bridge.listener = null;
  bridge.getJobs.mockClear();
  jobs.resetJobs();
  settings.useSettings.setState({ view: null });
});

const order = (): readonly string[] => jobs.useJobs.getState().order;
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('renderer sync', () => {
  it('starts from a full snapshot and the saved settings', async () => {
    const stop = sync.startSync();
    expect(bridge.getJobs).toHaveBeenCalledTimes(1);
    bridge.snapshots[0]!.resolve(jobsUpdate(3, [queuedJob('a'), queuedJob('b')], [], true));
    await settle();
    expect(order()).toEqual(['a', 'b']);
    expect(jobs.useJobs.getState().seq).toBe(3);
    expect(settings.useSettings.getState().view).toEqual(VIEW);
    stop();
    expect(bridge.listener).toBeNull();
  });

  it('applies updates in sequence without asking for more', async () => {
    const stop = sync.startSync();
    bridge.snapshots[0]!.resolve(jobsUpdate(1, [queuedJob('a')], [], true));
    await settle();
    bridge.push(jobsUpdate(2, [queuedJob('b')]));
    bridge.push(jobsUpdate(3, [], ['a']));
    expect(order()).toEqual(['b']);
    expect(bridge.getJobs).toHaveBeenCalledTimes(1);
    stop();
  });

  it('asks for one snapshot on a gap, however many updates arrive meanwhile', async () => {
    const stop = sync.startSync();
    bridge.snapshots[0]!.resolve(jobsUpdate(1, [queuedJob('a')], [], true));
    await settle();
    bridge.push(jobsUpdate(3, [queuedJob('c')]));
    bridge.push(jobsUpdate(4, [queuedJob('d')]));
    expect(bridge.getJobs).toHaveBeenCalledTimes(2);
    // Nothing is guessed from partial updates while the snapshot is on its way.
    expect(order()).toEqual(['a']);
    bridge.snapshots[1]!.resolve(
      jobsUpdate(4, [queuedJob('a'), queuedJob('c'), queuedJob('d')], [], true),
    );
    await settle();
    expect(order()).toEqual(['a', 'c', 'd']);
    expect(bridge.getJobs).toHaveBeenCalledTimes(2);
    stop();
  });

  it('asks again when the snapshot is older than an update seen while it travelled', async () => {
    const stop = sync.startSync();
    bridge.push(jobsUpdate(5, [queuedJob('e')]));
    // The snapshot was taken at seq 4, before update 5 left main.
    bridge.snapshots[0]!.resolve(jobsUpdate(4, [queuedJob('a')], [], true));
    await settle();
    expect(bridge.getJobs).toHaveBeenCalledTimes(2);
    bridge.snapshots[1]!.resolve(jobsUpdate(5, [queuedJob('a'), queuedJob('e')], [], true));
    await settle();
    expect(order()).toEqual(['a', 'e']);
    expect(bridge.getJobs).toHaveBeenCalledTimes(2);
    stop();
  });

  it('recovers on the next gap after a snapshot request failed', async () => {
    const stop = sync.startSync();
    bridge.snapshots[0]!.reject(new Error('main is busy'));
    await settle();
    expect(jobs.useJobs.getState().loaded).toBe(false);
    bridge.push(jobsUpdate(2, [queuedJob('b')]));
    expect(bridge.getJobs).toHaveBeenCalledTimes(2);
    bridge.snapshots[1]!.resolve(jobsUpdate(2, [queuedJob('b')], [], true));
    await settle();
    expect(order()).toEqual(['b']);
    stop();
  });

  it('feeds every pushed summary to the time-left estimate', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const stop = sync.startSync();
      bridge.snapshots[0]!.resolve(jobsUpdate(1, [], [], true));
      await settle();
      const counted = (queued: number, done: number): JobsUpdate['summary'] => {
        const empty = summarize([]);
        return {
          ...empty,
          total: queued + done,
          counts: { ...empty.counts, queued, done },
          active: queued > 0,
        };
      };
      vi.setSystemTime(1_000);
      bridge.push({ ...jobsUpdate(2, []), summary: counted(10, 0) });
      vi.setSystemTime(9_000);
      bridge.push({ ...jobsUpdate(3, []), summary: counted(6, 4) });
      // Four files in 8 s, six left: 12 s.
      expect(eta.useEta.getState().seconds).toBeCloseTo(12);
      bridge.push({ ...jobsUpdate(4, []), summary: counted(0, 10) });
      expect(eta.useEta.getState().seconds).toBeNull();
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
