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

it('without the team field, the first upload starts before the last file is processed', async () => {
  const events: string[] = [];
  rig.service.onJobs((u) => {
    for (const job of u.jobs) events.push(`${job.status} ${job.file.name}`);
  });
  await rig.service.addPaths(Array.from({ length: FILES }, (_, i) => join(dir, `p-${i}.jpg`)));
  await rig.service.idle();
  expect((await rig.jobs()).every((j) => j.status === 'done')).toBe(true);
  const firstUpload = events.findIndex((e) => e.startsWith('uploading '));
  const lastProcessed = events.lastIndexOf(`ready p-${FILES - 1}.jpg`);
  const lastUploading = events.findIndex((e) => e === `uploading p-${FILES - 1}.jpg`);
  expect(firstUpload).toBeGreaterThanOrEqual(0);
  // The last file reaches "ready" (or goes straight to uploading) after others were uploading.
  expect(firstUpload).toBeLessThan(lastProcessed >= 0 ? lastProcessed : lastUploading);
});
