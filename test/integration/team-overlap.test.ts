/**
 * The team duplicate check never holds files back on an account without its field: uploads
 * start while later files are still being processed (the two overlap, as they must).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { noisyJpeg } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';

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
