import { describe, expect, it } from 'vitest';
import { historyEntryFor } from '../../../../../src/main/core/jobs/history-link';
import type { DoneJob } from '../../../../../src/shared/jobs';
import { processed, processFailed, settle } from '../../../../support/pipeline-fakes';
import { stageRigs } from '../../../../support/stage-rig';

const rig = stageRigs();

describe('the processing stage', () => {
  it('makes a job ready: variants held against the budget, hash journaled, queued for upload', async () => {
    const r = rig();
    const work = r.queued('a');
    const running = r.process.run('a');
    expect(r.store.get('a')?.status).toBe('processing');
    expect(r.images.calls.open.map((c) => c.request.path)).toEqual(['/p/a']);
    r.images.finish('a', processed(2_000, 200));
    await running;
    const job = r.store.get('a');
    expect(job?.status).toBe('ready');
    expect(job?.status === 'ready' && job.variants.main.bytes).toBe(2_000);
    expect(r.held.bytes).toBe(2_200);
    expect(work.preview?.data.byteLength).toBe(200);
    expect(work.expectedSha256).toBe('ab'.repeat(32));
    expect(r.journal).toEqual([{ id: 'a', extras: { sha256: 'ab'.repeat(32) }, urgent: false }]);
    // It is on the ready queue: the scheduler's next pump hands it to the upload stage.
    expect(r.started).toEqual([{ stage: 'upload', id: 'a' }]);
  });

  it("fails the job alone on the file's fault, and says whether Retry may help", async () => {
    const r = rig();
    r.queued('bad');
    r.queued('crash');
    const bad = r.process.run('bad');
    const crash = r.process.run('crash');
    r.images.finish('bad', processFailed({ code: 'unsupported-format', message: 'Not an image.' }));
    r.images.finish('crash', processFailed({ code: 'worker-crashed', message: 'Crashed.' }));
    await Promise.all([bad, crash]);
    const failed = (id: string) => {
      const job = r.store.get(id);
      return job?.status === 'failed' ? [job.stage, job.retryable, job.error.message] : null;
    };
    expect(failed('bad')).toEqual(['process', false, 'Not an image.']);
    expect(failed('crash')).toEqual(['process', true, 'Crashed.']);
    expect(r.held.bytes).toBe(0);
  });

  it('a processor that throws fails the job with the internal sentence and a log line', async () => {
    const r = rig();
    r.queued('a');
    r.images.run = async () => {
      throw new Error('boom');
    };
    await r.process.run('a');
    const job = r.store.get('a');
    expect(job?.status === 'failed' && job.error.code).toBe('internal');
    expect(r.log.join('\n')).toContain('image processing threw for job a: Error: boom');
  });

  it('a restored job whose file changed since fails, and forgets what it had uploaded', async () => {
    const r = rig();
    const work = r.queued('a');
    work.expectedSha256 = 'cd'.repeat(32);
    work.uploaded = { main: { fileId: 'f', url: 'u', filePath: '/a.webp', name: 'a', bytes: 1 } };
    const running = r.process.run('a');
    r.images.finish('a');
    await running;
    const job = r.store.get('a');
    expect(job?.status === 'failed' && [job.stage, job.error.code]).toEqual([
      'validate',
      'source-changed',
    ]);
    expect(work.uploaded).toEqual({});
    expect(r.journal).toEqual([{ id: 'a', extras: { sha256: null, uploaded: {} }, urgent: false }]);
    expect(r.held.bytes).toBe(0);
  });

  it('a file the history has is done at once with the earlier links, unless forced', async () => {
    const r = rig({ history: true });
    const earlier: DoneJob = {
      id: 'old',
      file: { path: '/elsewhere/a.jpg', name: 'a.jpg', bytes: 1 },
      addedAt: 1,
      status: 'done',
      image: { format: 'jpeg', width: 1200, height: 800, animated: false },
      uploaded: {
        main: {
          ...variant('main'),
          url: 'https://ik.example/a.webp',
          fileId: 'f1',
          filePath: '/a.webp',
        },
        thumb: {
          ...variant('thumb'),
          url: 'https://ik.example/a.png',
          fileId: 'f2',
          filePath: '/a.png',
        },
      },
      finishedAt: 2,
      reused: null,
    };
    r.history?.record(historyEntryFor(earlier, 'ab'.repeat(32), r.settings));
    r.queued('a');
    const first = r.process.run('a');
    r.images.finish('a');
    await first;
    const job = r.store.get('a');
    expect(job?.status).toBe('done');
    expect(job?.status === 'done' && job.reused?.uploadedAt).toBe(2);
    expect(job?.status === 'done' && job.uploaded.main.url).toBe('https://ik.example/a.webp');
    expect(r.held.bytes).toBe(0);

    const forced = r.queued('b');
    forced.force = true;
    const second = r.process.run('b');
    r.images.finish('b');
    await second;
    expect(r.store.get('b')?.status).toBe('ready');
  });

  it('a job stopped while processing stays stopped, and its result is dropped', async () => {
    const r = rig();
    const work = r.queued('a');
    const running = r.process.run('a');
    const signal = r.images.calls.open[0]?.signal;
    work.abandon();
    r.store.put({
      id: 'a',
      file: { path: '/p/a', name: 'a', bytes: 1 },
      addedAt: 1_000,
      status: 'cancelled',
      image: null,
    });
    expect(signal?.aborted).toBe(true);
    r.images.finish('a');
    await running;
    await settle();
    expect(r.store.get('a')?.status).toBe('cancelled');
    expect(r.held.bytes).toBe(0);
    expect(r.journal).toEqual([]);
    // Its slot is free again.
    await expect(r.scheduler.idle()).resolves.toBeUndefined();
  });
});

function variant(name: 'main' | 'thumb') {
  const result = processed(1_000, 100);
  if (!result.ok) throw new Error('unreachable');
  return result.variants[name].info;
}
