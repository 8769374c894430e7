import { afterEach, describe, expect, it } from 'vitest';
import type { JobId } from '../../../../../src/shared/jobs';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/shared/settings';
import { JobStore } from '../../../../../src/main/core/jobs/job-store';
import type { PipelineDeps } from '../../../../../src/main/core/jobs/pipeline-deps';
import { Scheduler } from '../../../../../src/main/core/jobs/scheduler';
import { HeldBytes } from '../../../../../src/main/core/jobs/work';
import { FakeImages, FakeUploader, processed } from '../../../../support/pipeline-fakes';

const stores: JobStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A scheduler whose stages only record what they were handed and hold their slot until told. */
function rig(opts: { processConcurrency?: number; maxHeldBytes?: number; autoUpload?: boolean }) {
  const store = new JobStore({ intervalMs: 60_000 });
  stores.push(store);
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    upload: { ...DEFAULT_SETTINGS.upload, concurrency: 2, autoUpload: opts.autoUpload ?? true },
  };
  const uploader = new FakeUploader();
  const deps: PipelineDeps = {
    store,
    images: new FakeImages(),
    processConcurrency: opts.processConcurrency ?? 2,
    maxInputBytes: 1,
    maxHeldBytes: opts.maxHeldBytes ?? 1_000_000,
    getSettings: () => settings,
    getUploader: () => uploader,
    probe: async () => true,
    now: () => 1,
    newId: () => 'x',
    log: () => {},
  };
  const held = new HeldBytes();
  const approved = new Set<JobId>();
  const twins = new Set<JobId>();
  const running = new Map<JobId, () => void>();
  const started: string[] = [];
  const scheduler: Scheduler = new Scheduler(deps, {
    held,
    approved: (id) => approved.has(id),
    waitsForTwin: (id) => twins.has(id),
    process: (id) => hold(id, 'process', scheduler.processingStarted()),
    upload: (id) => hold(id, 'upload', scheduler.uploadStarted()),
  });
  function hold(id: JobId, stage: string, release: () => void): Promise<void> {
    started.push(`${stage} ${id}`);
    return new Promise((resolve) => {
      running.set(id, () => {
        release();
        resolve();
      });
    });
  }
  const file = (id: string) => ({ path: `/p/${id}`, name: id, bytes: 1 });
  return {
    scheduler,
    held,
    approved,
    twins,
    started,
    queue(...ids: string[]) {
      for (const id of ids) {
        store.put({ id, file: file(id), addedAt: 1, status: 'queued' });
        scheduler.queued.push(id);
      }
    },
    ready(...ids: string[]) {
      for (const id of ids) {
        const done = processed(10);
        if (!done.ok) throw new Error('unreachable');
        const variants = { main: done.variants.main.info, thumb: done.variants.thumb.info };
        store.put({ id, file: file(id), addedAt: 1, status: 'ready', image: done.image, variants });
        scheduler.ready.push(id);
      }
    },
    /** The stage running `id` ends, freeing its slot, and the scheduler looks again. */
    finish(id: string) {
      running.get(id)?.();
      running.delete(id);
      store.remove(id);
      scheduler.pump();
    },
  };
}

describe('the scheduler', () => {
  it('fills the processing slots in queue order and no more', () => {
    const r = rig({ processConcurrency: 2 });
    r.queue('a', 'b', 'c');
    r.scheduler.pump();
    expect(r.started).toEqual(['process a', 'process b']);
    r.finish('a');
    expect(r.started).toEqual(['process a', 'process b', 'process c']);
  });

  it('stops taking files to process once the held bytes reach the budget, and goes on below it', () => {
    const r = rig({ maxHeldBytes: 1_000 });
    r.held.add(1_000);
    r.queue('a');
    r.scheduler.pump();
    expect(r.started).toEqual([]);
    r.held.release(1);
    r.scheduler.pump();
    expect(r.started).toEqual(['process a']);
  });

  it('with automatic upload off, uploads only the rows the user approved', () => {
    const r = rig({ autoUpload: false });
    r.ready('a', 'b');
    r.scheduler.pump();
    expect(r.started).toEqual([]);
    r.approved.add('b');
    r.scheduler.pump();
    expect(r.started).toEqual(['upload b']);
  });

  it('passes over a ready row whose twin is uploading, and takes it once the twin is through', () => {
    const r = rig({});
    r.ready('a', 'b', 'c');
    r.twins.add('a');
    r.scheduler.pump();
    expect(r.started).toEqual(['upload b', 'upload c']);
    r.twins.delete('a');
    r.finish('b');
    expect(r.started).toEqual(['upload b', 'upload c', 'upload a']);
  });

  it('pause holds both stages back; resume lets them go', () => {
    const r = rig({});
    r.scheduler.gate.setPaused(true);
    r.queue('a');
    r.ready('b');
    r.scheduler.pump();
    expect(r.started).toEqual([]);
    r.scheduler.gate.setPaused(false);
    expect(r.started).toEqual(['process a', 'upload b']);
  });

  it('is idle only once every slot is free and nothing that could start waits', async () => {
    const r = rig({});
    r.queue('a');
    r.scheduler.pump();
    let idle = false;
    void r.scheduler.idle().then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);
    r.finish('a');
    await Promise.resolve();
    expect(idle).toBe(true);
  });

  it('after stop, starts nothing', () => {
    const r = rig({});
    r.scheduler.stop();
    r.queue('a');
    r.ready('b');
    r.scheduler.pump();
    expect(r.started).toEqual([]);
  });

  it("grants a file's second variant a request of its own only when no other file wants the slot", async () => {
    // Two upload slots (the setting), each one request.
    const r = rig({});
    r.ready('a');
    r.scheduler.pump();
    expect(r.started).toEqual(['upload a']);
    // 'b' is made ready while 'a' asks: the free slot goes to 'b', and 'a' sends one at a time.
    const asked = r.scheduler.secondSlot();
    r.ready('b');
    expect(await asked).toBeNull();
    expect(r.started).toEqual(['upload a', 'upload b']);
    r.finish('b');
    // Now the slot is free and nobody waits: 'a' may send its thumbnail at the same time.
    const release = await r.scheduler.secondSlot();
    expect(release).not.toBeNull();
    r.ready('c');
    r.scheduler.pump();
    expect(r.started).toEqual(['upload a', 'upload b']);
    // Its end gives the slot back at once, and the next file starts.
    release!();
    expect(r.started).toEqual(['upload a', 'upload b', 'upload c']);
  });
});
