import { describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../../../src/shared/errors';
import type { FileUploadResult, UploadedRef } from '../../../../../src/main/core/imagekit/types';
import { settle, storedRef } from '../../../../support/pipeline-fakes';
import { stageRigs } from '../../../../support/stage-rig';

const rig = stageRigs();

/** An upload try that failed (and may be tried again), with what ImageKit had confirmed. */
const failedTry = (
  code: ErrorCode,
  message: string,
  uploaded: { main?: UploadedRef } = {},
): FileUploadResult => ({ ok: false, error: { code, message }, retryable: true, uploaded });

describe('the upload stage', () => {
  it('sends both variants, journals each as ImageKit confirms it, records the history, frees the bytes', async () => {
    const r = rig({ history: true });
    r.ready('a', 2_000, 200);
    expect(r.held.bytes).toBe(2_200);
    const running = r.upload.run('a', r.uploader, r.settings);
    expect(r.store.get('a')?.status).toBe('uploading');
    const request = r.uploader.calls.open[0]?.request;
    expect(request?.sourceName).toBe('a');
    expect(request?.alreadyUploaded ?? {}).toEqual({});
    // The main variant is confirmed mid-request: it is journaled at once, urgently.
    r.uploader.progress.get('a')?.({ variant: 'main', state: 'done', ref: storedRef('a-main') });
    expect(r.journal).toEqual([
      { id: 'a', extras: { uploaded: { main: storedRef('a-main') } }, urgent: true },
    ]);
    r.uploader.finish('a');
    await running;
    const job = r.store.get('a');
    expect(job?.status).toBe('done');
    expect(job?.status === 'done' && job.uploaded.thumb.url).toBe('https://ik.example/a-thumb');
    expect(r.held.bytes).toBe(0);
    expect(r.history?.query({ offset: 0, limit: 10 }).entries.map((e) => e.name)).toEqual(['a']);
  });

  it('a failed upload keeps the variant ImageKit confirmed, so Retry sends only the other', async () => {
    const r = rig();
    const work = r.ready('a');
    const running = r.upload.run('a', r.uploader, r.settings);
    r.uploader.finish(
      'a',
      failedTry('server-error', 'ImageKit had a problem.', { main: storedRef('a-main') }),
    );
    await running;
    const job = r.store.get('a');
    expect(job?.status === 'failed' && [job.stage, job.retryable]).toEqual(['upload', true]);
    expect(work.uploaded).toEqual({ main: storedRef('a-main') });
    // The variants leave memory for the spill, where the retry finds them.
    expect(work.encoded).toBeNull();
    expect(r.held.bytes).toBe(0);
    expect(work.made?.variants.main.bytes).toBe(1_000);
    expect(r.spill.kept.size).toBe(1);
  });

  it('an upload that finds ImageKit unreachable waits as ready, first in line, its budget kept', async () => {
    const r = rig({ probe: async () => false });
    const work = r.ready('a');
    r.ready('b');
    r.scheduler.ready.push('b');
    const running = r.upload.run('a', r.uploader, r.settings);
    const spent = { elapsedMs: 1_500, attempts: { main: 2 } };
    r.uploader.finish('a', {
      ok: false,
      error: { code: 'network', message: 'Could not reach ImageKit.' },
      retryable: true,
      uploaded: {},
      offline: { origin: 'http://127.0.0.1:9', detail: 'connection refused', spent },
    });
    await running;
    expect(r.store.get('a')?.status).toBe('ready');
    expect(work.spent).toEqual(spent);
    expect(r.scheduler.gate.offline?.origins).toEqual(['http://127.0.0.1:9']);
    expect(r.store.snapshot().summary.offline?.since).toBe(5_000);
    // Offline: nothing starts, and when it does, 'a' goes before 'b'.
    expect(r.started).toEqual([]);
    expect(r.scheduler.ready.take()).toBe('a');
  });

  it('requeue takes an upload back to ready at the head of the line and stops its request', async () => {
    const r = rig();
    const work = r.ready('a');
    r.ready('b');
    r.scheduler.ready.push('b');
    const running = r.upload.run('a', r.uploader, r.settings);
    const signal = r.uploader.calls.open[0]?.signal;
    r.upload.requeue('a');
    expect(signal?.aborted).toBe(true);
    expect(r.store.get('a')?.status).toBe('ready');
    // The request answers late (its variant was stored after all): the row stays ready, and the
    // confirmed variant is still remembered, so the next try does not send it again.
    r.uploader.finish('a', failedTry('cancelled', 'Stopped.', { main: storedRef('a-main') }));
    await running;
    await settle();
    expect(r.store.get('a')?.status).toBe('ready');
    expect(work.uploaded).toEqual({ main: storedRef('a-main') });
    expect(r.started[0]).toEqual({ stage: 'upload', id: 'a' });
  });

  it('the same picture in two rows is sent once: the second waits for the first, then reuses it', async () => {
    const r = rig({ history: true });
    r.ready('a');
    r.ready('b');
    r.ready('c', 1_000, 100, 'cd'.repeat(32));
    expect(r.waitsForTwin('b')).toBe(false);
    const first = r.upload.run('a', r.uploader, r.settings);
    // While a is on its way, b (the same picture, the same folder) waits; c does not.
    expect(r.waitsForTwin('b')).toBe(true);
    expect(r.waitsForTwin('a')).toBe(false);
    expect(r.waitsForTwin('c')).toBe(false);
    r.uploader.finish('a');
    await first;
    expect(r.waitsForTwin('b')).toBe(false);
    await r.upload.run('b', r.uploader, r.settings);
    const b = r.store.get('b');
    expect(b?.status === 'done' && b.reused).toEqual({ uploadedAt: 5_000, sameAs: '/p/a' });
    expect(b?.status === 'done' && b.uploaded.main.url).toBe('https://ik.example/a-main');
    expect(r.uploader.calls.started.map((c) => c.request.sourceName)).toEqual(['a']);
  });

  it('a twin keeps waiting while its row uploads again after a pause, whenever the old try ends', async () => {
    const r = rig({ history: true });
    r.ready('a');
    r.ready('b');
    const first = r.upload.run('a', r.uploader, r.settings);
    r.upload.requeue('a');
    const again = r.upload.run('a', r.uploader, r.settings);
    // The abandoned try ends while the new one is still on its way.
    r.uploader.finish('a', failedTry('cancelled', 'Stopped.'));
    await first;
    expect(r.store.get('a')?.status).toBe('uploading');
    expect(r.waitsForTwin('b')).toBe(true);
    r.uploader.finish('a');
    await again;
    expect(r.waitsForTwin('b')).toBe(false);
  });

  it('when the first of two rows with the same picture fails, the second uploads it itself', async () => {
    const r = rig({ history: true });
    r.ready('a');
    r.ready('b');
    const first = r.upload.run('a', r.uploader, r.settings);
    expect(r.waitsForTwin('b')).toBe(true);
    r.uploader.finish('a', failedTry('server-error', 'ImageKit had a problem.'));
    await first;
    expect(r.waitsForTwin('b')).toBe(false);
    const second = r.upload.run('b', r.uploader, r.settings);
    r.uploader.finish('b');
    await second;
    expect(r.store.get('b')?.status).toBe('done');
    expect(r.uploader.calls.started.map((c) => c.request.sourceName)).toEqual(['a', 'b']);
  });

  it('a stored name another file holds fails the row before anything is sent', async () => {
    const r = rig({ nameTemplate: 'same' });
    r.ready('a');
    r.ready('b', 1_000, 100, 'cd'.repeat(32));
    const first = r.upload.run('a', r.uploader, r.settings);
    await r.upload.run('b', r.uploader, r.settings);
    const job = r.store.get('b');
    expect(job?.status === 'failed' && job.error.code).toBe('file-exists');
    expect(r.uploader.calls.started.map((c) => c.request.sourceName)).toEqual(['a']);
    r.uploader.finish('a');
    await first;
  });
});
