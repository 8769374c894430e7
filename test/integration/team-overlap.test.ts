/**
 * The team duplicate check never holds files back on an account without its field: uploads
 * start while later files are still being processed (the two overlap, as they must), and the
 * first upload does not wait for the account's fields to be read.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ImagePool, nodeWorkerLauncher } from '../../src/main/core/images';
import type { ImageProcessor } from '../../src/main/core/ports';
import { noisyJpeg } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';
import { until } from './until';

let dir: string;
let rig: ServiceRig;
const FILES = 6;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-overlap-'));
  for (let i = 0; i < FILES; i++) {
    await writeFile(join(dir, `p-${i}.jpg`), await noisyJpeg(1600, 1000, 40 + i));
  }
  rig = await startRig({ service: { processConcurrency: 1 } });
  await rig.connect();
}, 60_000);

afterAll(async () => {
  await rig?.close();
  await rm(dir, { recursive: true, force: true });
});

it('without the team field, uploads start while other files are still waiting to be processed', async () => {
  // The latest status of every row, from the pushed updates; an overlap is a moment when one
  // row is uploading (or done) while another is still queued or processing.
  const latest = new Map<string, string>();
  let overlapped = false;
  rig.service.onJobs((u) => {
    for (const job of u.jobs) latest.set(job.id, job.status);
    const statuses = [...latest.values()];
    const sending = statuses.some((s) => s === 'uploading' || s === 'done');
    const waiting = statuses.some((s) => s === 'queued' || s === 'processing');
    if (sending && waiting) overlapped = true;
  });
  await rig.service.addPaths(Array.from({ length: FILES }, (_, i) => join(dir, `p-${i}.jpg`)));
  await rig.service.idle();
  expect((await rig.jobs()).every((j) => j.status === 'done')).toBe(true);
  expect(overlapped).toBe(true);
});

it('learns whether the account has the field while the first file is processed, not after', async () => {
  // The file's hash is known (as a worker reports it early) and then processing waits until the
  // test lets it go, so any request before that was not asked for by a processed file.
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const pool = new ImagePool({ launcher: nodeWorkerLauncher(), size: 1 });
  const gated: ImageProcessor = {
    run: async (req, opts) => {
      opts?.onHash?.('ab'.repeat(32));
      await gate;
      return pool.run(req, opts);
    },
    close: () => pool.close(),
  };
  const own = await startRig({ service: { images: gated } });
  try {
    await own.connect();
    const before = own.emulator.stats().requests;
    await own.service.addPaths([join(dir, 'p-0.jpg')]);
    await until(
      () => own.emulator.stats().requests > before,
      'a request before any file is processed',
      10_000,
    );
    expect((await own.jobs())[0]?.status).toMatch(/queued|processing/);
    release();
    await own.service.idle();
    expect((await own.jobs())[0]?.status).toBe('done');
  } finally {
    release();
    await own.close();
  }
});
