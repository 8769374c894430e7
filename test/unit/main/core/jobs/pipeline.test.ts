import { afterEach, describe, expect, it } from 'vitest';
import type { JobStatus, Variants } from '../../../../../src/shared/jobs';
import type { UploadedRef } from '../../../../../src/main/core/imagekit/types';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/shared/settings';
import { JobStore } from '../../../../../src/main/core/jobs/job-store';
import { Pipeline, type PipelineInput } from '../../../../../src/main/core/jobs/pipeline';
import {
  FakeImages,
  FakeUploader,
  processed,
  MemorySpill,
  processFailed,
  settle,
  storedRef,
} from '../../../../support/pipeline-fakes';

interface RigOptions {
  readonly processConcurrency?: number;
  readonly uploadConcurrency?: number;
  readonly maxHeldBytes?: number;
  readonly autoUpload?: boolean;
  readonly connected?: boolean;
  /** Give the pipeline a spill for failed uploads' variants (default: yes). */
  readonly spill?: boolean;
}

const stores: JobStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
});

/** A pipeline over a real JobStore and fake ports; job ids are the file names. */
function rig(opts: RigOptions = {}) {
  const store = new JobStore({ intervalMs: 60_000 });
  stores.push(store);
  const images = new FakeImages();
  const uploader = new FakeUploader();
  const state = { connected: opts.connected ?? true };
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    upload: {
      ...DEFAULT_SETTINGS.upload,
      concurrency: opts.uploadConcurrency ?? 2,
      autoUpload: opts.autoUpload ?? true,
    },
  };
  const ids: string[] = [];
  const spill = new MemorySpill();
  const pipeline = new Pipeline({
    store,
    images,
    processConcurrency: opts.processConcurrency ?? 2,
    maxInputBytes: 1_000_000,
    maxHeldBytes: opts.maxHeldBytes ?? 1_000_000_000,
    getSettings: () => settings,
    getUploader: () => (state.connected ? uploader : null),
    now: () => 1_000,
    newId: () => ids.shift() as string,
    log: () => {},
    // The fake uploader never reports the connection lost, so the probe is never asked.
    probe: async () => true,
    ...(opts.spill === false ? {} : { spill }),
  });
  const file = (name: string) => ({ path: `/p/${name}`, name, bytes: 1 });
  return {
    store,
    images,
    uploader,
    pipeline,
    spill,
    /** Adds files named `names`, in order; their job ids are their names. */
    add(...names: string[]) {
      ids.push(...names);
      return pipeline.add(names.map((n): PipelineInput => ({ ok: true, file: file(n) })));
    },
    /** Adds files and lets each be processed (into 1100 held bytes). */
    async addProcessed(...names: string[]) {
      ids.push(...names);
      pipeline.add(names.map((n): PipelineInput => ({ ok: true, file: file(n) })));
      for (const name of names) images.finish(name);
      await settle();
    },
    /** Ends the running upload of `name` with a failure that Retry may fix. */
    async failUpload(name: string, uploaded: Partial<Variants<UploadedRef>> = {}) {
      uploader.finish(name, {
        ok: false,
        error: { code: 'network', message: 'Offline.' },
        retryable: true,
        uploaded,
      });
      await settle();
    },
    /** Adds a path that failed validation. */
    addInvalid(name: string) {
      ids.push(name);
      pipeline.add([
        { ok: false, file: file(name), error: { code: 'not-found', message: 'Gone.' } },
      ]);
    },
    status: (name: string): JobStatus | undefined => store.get(name)?.status,
    connect() {
      state.connected = true;
      pipeline.pump();
    },
  };
}

const processingPaths = (images: FakeImages) => images.calls.open.map((c) => c.request.path);
const uploadingNames = (uploader: FakeUploader) =>
  uploader.calls.open.map((c) => c.request.sourceName);

describe('pipeline: concurrency', () => {
  it('never processes more files at once than its process concurrency', async () => {
    const r = rig({ processConcurrency: 2, connected: false });
    r.add('a', 'b', 'c', 'd', 'e');
    expect(processingPaths(r.images)).toEqual(['/p/a', '/p/b']);
    expect(['c', 'd', 'e'].map(r.status)).toEqual(['queued', 'queued', 'queued']);
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      r.images.finish(name);
      await settle();
      expect(r.images.calls.open.length).toBeLessThanOrEqual(2);
    }
    expect(r.images.peak).toBe(2);
    expect(['a', 'b', 'c', 'd', 'e'].map(r.status)).toEqual(Array(5).fill('ready'));
  });

  it('never uploads more files at once than the upload setting', async () => {
    const r = rig({ processConcurrency: 5, uploadConcurrency: 2 });
    await r.addProcessed('a', 'b', 'c', 'd', 'e');
    expect(uploadingNames(r.uploader)).toEqual(['a', 'b']);
    expect(['c', 'd', 'e'].map(r.status)).toEqual(['ready', 'ready', 'ready']);
    for (const name of ['a', 'b', 'c', 'd', 'e']) {
      r.uploader.finish(name);
      await settle();
    }
    expect(r.uploader.peak).toBe(2);
    expect(['a', 'b', 'c', 'd', 'e'].map(r.status)).toEqual(Array(5).fill('done'));
  });

  it('uploads nothing while no connection is set up, then starts when one is', async () => {
    const r = rig({ connected: false });
    await r.addProcessed('a');
    expect(r.status('a')).toBe('ready');
    expect(r.uploader.calls.started).toHaveLength(0);
    r.connect();
    expect(uploadingNames(r.uploader)).toEqual(['a']);
  });
});

describe('pipeline: order', () => {
  it('processes files in the order they were added', async () => {
    const r = rig({ processConcurrency: 1, connected: false });
    r.add('a', 'b', 'c');
    for (const name of ['a', 'b', 'c']) {
      r.images.finish(name);
      await settle();
    }
    expect(r.images.calls.started.map((c) => c.request.path)).toEqual(['/p/a', '/p/b', '/p/c']);
  });

  it('uploads files in the order they became ready', async () => {
    const r = rig({ processConcurrency: 3, uploadConcurrency: 1 });
    r.add('a', 'b', 'c');
    for (const name of ['c', 'a', 'b']) {
      r.images.finish(name);
      await settle();
    }
    for (const name of ['c', 'a', 'b']) {
      r.uploader.finish(name);
      await settle();
    }
    expect(r.uploader.calls.started.map((c) => c.request.sourceName)).toEqual(['c', 'a', 'b']);
  });

  it('puts a retried file behind the ones already waiting', async () => {
    const r = rig({ processConcurrency: 1, connected: false });
    r.add('a', 'b', 'c');
    r.images.finish('a', processFailed({ code: 'worker-crashed', message: 'Crashed.' }));
    await settle();
    r.pipeline.retry('a');
    for (const name of ['b', 'c', 'a']) {
      r.images.finish(name);
      await settle();
    }
    expect(r.images.calls.started.map((c) => c.request.path)).toEqual([
      '/p/a',
      '/p/b',
      '/p/c',
      '/p/a',
    ]);
    expect(r.status('a')).toBe('ready');
  });

  it('refuses a file already in the list, but takes it again once it failed', async () => {
    const r = rig({ connected: false });
    expect(r.add('a').duplicates).toBe(0);
    expect(r.pipeline.add([{ ok: true, file: { path: '/p/a', name: 'a', bytes: 1 } }])).toEqual({
      added: [],
      duplicates: 1,
    });
    r.images.finish('a', processFailed({ code: 'corrupt-image', message: 'Damaged.' }));
    await settle();
    expect(r.add('a').added).toEqual(['a']);
  });
});

describe('pipeline: memory held for uploads', () => {
  it('pauses processing while encoded bytes waiting to upload reach the cap', async () => {
    // Each file holds 1100 bytes once processed; the cap admits two, and a third starts below it.
    const r = rig({ processConcurrency: 1, maxHeldBytes: 2_500, connected: false });
    r.add('a', 'b', 'c', 'd');
    for (const name of ['a', 'b', 'c']) {
      r.images.finish(name, processed(1_000, 100));
      await settle();
    }
    expect(r.status('c')).toBe('ready');
    expect(r.status('d')).toBe('queued');
    expect(r.images.calls.open).toHaveLength(0);
    r.connect();
    expect(r.status('d')).toBe('queued');
    r.uploader.finish('a');
    await settle();
    // Uploading 'a' gave its bytes back: 2200 held, so processing goes on.
    expect(r.status('d')).toBe('processing');
  });

  it('gives back the bytes of a stopped file at once, setting them aside for a retry', async () => {
    const r = rig({ processConcurrency: 1, maxHeldBytes: 1_000, connected: false });
    r.add('a', 'b');
    r.images.finish('a', processed(1_000, 100));
    await settle();
    expect(r.status('b')).toBe('queued');
    r.pipeline.cancel('a');
    // The variants went to the spill, so they no longer count and processing goes on.
    expect(r.status('b')).toBe('processing');
    expect(r.spill.kept.size).toBe(1);
    r.pipeline.clearFinished();
    expect(r.store.get('a')).toBeUndefined();
    await settle();
    // Clearing the row removes what it had set aside.
    expect(r.spill.kept.size).toBe(0);
  });

  it('gives back the bytes of a failed upload at once, with or without a spill', async () => {
    for (const spill of [true, false]) {
      const r = rig({ processConcurrency: 1, maxHeldBytes: 1_000, spill });
      r.add('a', 'b');
      r.images.finish('a', processed(1_000, 100));
      await settle();
      expect(r.status('b')).toBe('queued');
      await r.failUpload('a');
      expect(r.status('a')).toBe('failed');
      expect(r.status('b')).toBe('processing');
    }
  });

  it('keeps processing while 3,000 files in a row all fail to upload', async () => {
    // Room for four files' variants: without giving failed files' bytes back, processing would
    // stop for good after the fourth.
    const r = rig({ processConcurrency: 2, maxHeldBytes: 4_400, uploadConcurrency: 3 });
    const names = Array.from({ length: 3_000 }, (_, i) => `f${i}`);
    r.add(...names);
    const failure = {
      ok: false as const,
      error: { code: 'server-error' as const, message: 'ImageKit had a problem.' },
      retryable: true,
      uploaded: {},
    };
    let rounds = 0;
    while (r.images.calls.open.length + r.uploader.calls.open.length > 0 && rounds++ < 10_000) {
      for (const call of [...r.images.calls.open]) call.settle(processed(1_000, 100));
      for (const call of [...r.uploader.calls.open]) call.settle(failure);
      await settle();
    }
    expect(r.images.calls.started).toHaveLength(3_000);
    expect(names.every((name) => r.status(name) === 'failed')).toBe(true);
    await r.pipeline.idle();
    // Everything set aside is on the spill, none of it in memory: a retry reads it back.
    expect(r.spill.kept.size).toBe(3_000);
  });

  it('removes only the finished rows it is given, and says how many went', async () => {
    const r = rig({ processConcurrency: 1, connected: false });
    r.add('a', 'b', 'c', 'd');
    r.pipeline.cancel('b');
    r.pipeline.cancel('c');
    // 'a' is processing and 'd' queued: named, but not finished, so they stay.
    expect(r.pipeline.clearFinished(['a', 'b', 'd', 'nope'])).toBe(1);
    expect(r.store.get('b')).toBeUndefined();
    expect(r.status('c')).toBe('cancelled');
    expect(r.status('a')).toBe('processing');
    expect(r.status('d')).toBe('queued');
    expect(r.pipeline.clearFinished()).toBe(1);
    expect(r.store.get('c')).toBeUndefined();
  });
});

describe('pipeline: cancel in every state', () => {
  it('a queued file is never processed', async () => {
    const r = rig({ processConcurrency: 1, connected: false });
    r.add('a', 'b');
    r.pipeline.cancel('b');
    expect(r.status('b')).toBe('cancelled');
    r.images.finish('a');
    await settle();
    expect(r.images.calls.started.map((c) => c.request.path)).toEqual(['/p/a']);
  });

  it('a processing file is stopped, and its late result is dropped', async () => {
    const r = rig({ processConcurrency: 1, connected: false });
    r.add('a', 'b');
    const call = r.images.calls.find((req) => req.path === '/p/a');
    r.pipeline.cancel('a');
    expect(call.signal?.aborted).toBe(true);
    expect(r.status('a')).toBe('cancelled');
    call.settle(processed(1_000));
    await settle();
    expect(r.status('a')).toBe('cancelled');
    expect(r.status('b')).toBe('processing');
  });

  it('a ready file is not uploaded', async () => {
    const r = rig({ connected: false });
    await r.addProcessed('a');
    r.pipeline.cancel('a');
    r.connect();
    expect(r.status('a')).toBe('cancelled');
    expect(r.uploader.calls.started).toHaveLength(0);
  });

  it('an uploading file is stopped, and its late answer is dropped', async () => {
    const r = rig();
    await r.addProcessed('a');
    const call = r.uploader.calls.find((req) => req.sourceName === 'a');
    r.pipeline.cancel('a');
    expect(call.signal?.aborted).toBe(true);
    expect(r.status('a')).toBe('cancelled');
    r.uploader.finish('a');
    await settle();
    expect(r.status('a')).toBe('cancelled');
  });

  it('a finished file stays as it is', async () => {
    const r = rig();
    r.add('done', 'failed', 'stopped');
    r.addInvalid('invalid');
    r.pipeline.cancel('stopped');
    r.images.finish('done');
    r.images.finish('failed', processFailed({ code: 'corrupt-image', message: 'Damaged.' }));
    await settle();
    r.uploader.finish('done');
    await settle();
    const before = ['done', 'failed', 'stopped', 'invalid'].map((id) => r.store.get(id));
    r.pipeline.cancelAll();
    expect(['done', 'failed', 'stopped', 'invalid'].map((id) => r.store.get(id))).toEqual(before);
    expect(['done', 'failed', 'stopped', 'invalid'].map(r.status)).toEqual([
      'done',
      'failed',
      'cancelled',
      'failed',
    ]);
  });
});

describe('pipeline: retry in every state', () => {
  it('processes again after a processing failure that may pass', async () => {
    const r = rig({ connected: false });
    r.add('a');
    r.images.finish('a', processFailed({ code: 'worker-crashed', message: 'Crashed.' }));
    await settle();
    expect(r.status('a')).toBe('failed');
    r.pipeline.retry('a');
    expect(r.status('a')).toBe('processing');
    expect(r.images.calls.started).toHaveLength(2);
  });

  it('leaves a failure of the file itself alone', async () => {
    const r = rig({ connected: false });
    r.add('a');
    r.addInvalid('b');
    r.images.finish('a', processFailed({ code: 'corrupt-image', message: 'Damaged.' }));
    await settle();
    r.pipeline.retryFailed();
    expect([r.status('a'), r.status('b')]).toEqual(['failed', 'failed']);
    expect(r.images.calls.started).toHaveLength(1);
  });

  it('uploads again after an upload failure, reusing the variants and what was stored', async () => {
    const r = rig();
    await r.addProcessed('a');
    await r.failUpload('a', { main: storedRef('a-main') });
    expect(r.status('a')).toBe('failed');
    r.pipeline.retry('a');
    expect(r.status('a')).toBe('uploading');
    // The variants come back from the spill, not from processing the file again.
    await settle();
    expect(r.images.calls.started).toHaveLength(1);
    expect(r.spill.reads).toBe(1);
    const second = r.uploader.calls.started[1]!.request;
    expect(second.alreadyUploaded).toEqual({ main: storedRef('a-main') });
    r.uploader.finish('a');
    await settle();
    expect(r.status('a')).toBe('done');
  });

  it('without a spill, processes the file again after an upload failure, sending only what is missing', async () => {
    const r = rig({ spill: false });
    await r.addProcessed('a');
    await r.failUpload('a', { main: storedRef('a-main') });
    r.pipeline.retry('a');
    expect(r.status('a')).toBe('processing');
    r.images.finish('a');
    await settle();
    expect(r.uploader.calls.started[1]!.request.alreadyUploaded).toEqual({
      main: storedRef('a-main'),
    });
  });

  it('processes the file again when its set-aside variants are lost', async () => {
    const r = rig();
    await r.addProcessed('a');
    r.pipeline.cancel('a');
    await settle();
    r.spill.kept.clear();
    r.pipeline.retry('a');
    await settle();
    expect(r.status('a')).toBe('processing');
    expect(r.images.calls.started).toHaveLength(2);
  });

  it('processes a file stopped while queued or processing from the start', async () => {
    const r = rig({ processConcurrency: 1, connected: false });
    r.add('a', 'b');
    r.pipeline.cancel('b');
    r.pipeline.cancel('a');
    r.images.calls
      .find((req) => req.path === '/p/a')
      .settle(processFailed({ code: 'cancelled', message: 'Stopped.' }));
    await settle();
    r.pipeline.retry('a');
    r.pipeline.retry('b');
    expect(r.status('a')).toBe('processing');
    expect(r.status('b')).toBe('queued');
  });

  it('uploads a file stopped after processing without processing it again, even with manual uploads', async () => {
    const r = rig({ autoUpload: false });
    await r.addProcessed('a');
    expect(r.status('a')).toBe('ready');
    r.pipeline.cancel('a');
    r.pipeline.retry('a');
    // Retry is the user's go-ahead for this file.
    expect(r.status('a')).toBe('uploading');
    expect(r.images.calls.started).toHaveLength(1);
  });

  it('does nothing to a file that is queued, processing, ready, uploading or done', async () => {
    const r = rig({ processConcurrency: 1, uploadConcurrency: 1 });
    r.add('done', 'uploading', 'ready', 'processing', 'queued');
    r.images.finish('done');
    await settle();
    r.uploader.finish('done');
    await settle();
    r.images.finish('uploading');
    await settle();
    r.images.finish('ready');
    await settle();
    const names = ['done', 'uploading', 'ready', 'processing', 'queued'];
    expect(names.map(r.status)).toEqual(names);
    const calls = [r.images.calls.started.length, r.uploader.calls.started.length];
    for (const name of names) r.pipeline.retry(name);
    expect(names.map(r.status)).toEqual(names);
    expect([r.images.calls.started.length, r.uploader.calls.started.length]).toEqual(calls);
  });

  it('drops the result of an older run once the file was stopped and tried again', async () => {
    const r = rig({ processConcurrency: 2, connected: false });
    r.add('a');
    const first = r.images.calls.find((req) => req.path === '/p/a');
    r.pipeline.cancel('a');
    r.pipeline.retry('a');
    expect(r.images.calls.open).toHaveLength(2);
    first.settle(processFailed({ code: 'corrupt-image', message: 'Damaged.' }));
    await settle();
    expect(r.status('a')).toBe('processing');
    r.images.finish('a');
    await settle();
    expect(r.status('a')).toBe('ready');
  });
});

describe('pipeline: manual uploads and idle', () => {
  it('holds processed files for the Upload button when automatic upload is off', async () => {
    const r = rig({ autoUpload: false });
    await r.addProcessed('a', 'b');
    expect(r.uploader.calls.started).toHaveLength(0);
    // Nothing more can happen without the user: the pipeline is at rest.
    await r.pipeline.idle();
    r.pipeline.startUploads();
    expect(uploadingNames(r.uploader)).toEqual(['a', 'b']);
  });

  it('is idle only once every file that can move has finished', async () => {
    const r = rig();
    r.add('a');
    let idle = false;
    void r.pipeline.idle().then(() => (idle = true));
    r.images.finish('a');
    await settle();
    expect(idle).toBe(false);
    r.uploader.finish('a');
    await settle();
    expect(idle).toBe(true);
  });
});
