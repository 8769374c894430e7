import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { callApi } from '../../src/main/core/api/method-args';
import { noisyJpeg, tempDir } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';

let rig: ServiceRig | null = null;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await rig?.close();
  rig = null;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folderOf(count: number, bytes: Uint8Array): Promise<string> {
  const t = await tempDir('uploader-paths-');
  cleanups.push(t.cleanup);
  const dir = join(t.dir, 'shoot');
  await mkdir(dir);
  for (let i = 0; i < count; i += 1) {
    await writeFile(join(dir, `photo-${String(i).padStart(4, '0')}.jpg`), bytes);
  }
  return dir;
}

describe('what addPaths accepts', () => {
  it('refuses relative paths with a sentence and never looks them up', async () => {
    rig = await startRig({ service: { processConcurrency: 1 } });
    const { added } = await callApi(rig.service, 'addPaths', [['photos/a.jpg', './b.png']]);
    expect(added).toHaveLength(2);
    const jobs = await rig.jobs();
    expect(jobs.map((j) => (j.status === 'failed' ? j.error.code : j.status))).toEqual([
      'path-refused',
      'path-refused',
    ]);
    if (jobs[0]?.status === 'failed') expect(jobs[0].error.message).toMatch(/not a full path/);
  });

  it('refuses Windows network paths from the page, and lets a drop or the dialog through', async () => {
    const picked: string[] = [];
    rig = await startRig({
      service: {
        platformName: 'win32',
        processConcurrency: 1,
        platform: {
          pickPaths: async () => {
            picked.push('\\\\fileserver\\share\\a.jpg');
            return ['\\\\fileserver\\share\\a.jpg'];
          },
          openExternal: async () => {},
          saveFile: async () => null,
        },
      },
    });
    await callApi(rig.service, 'addPaths', [['\\\\fileserver\\share\\from-page.jpg']]);
    await callApi(rig.service, 'addPaths', [['\\\\fileserver\\share\\dropped.jpg'], 'drop']);
    await rig.service.pick('files');
    await rig.service.idle();
    const codes = (await rig.jobs()).map((j) => [
      j.file.name,
      j.status === 'failed' ? j.error.code : j.status,
    ]);
    // The page's path is refused by the rule; the other two pass it and then simply do not
    // exist on this (Linux) machine.
    expect(codes[0]).toEqual(['from-page.jpg', 'path-refused']);
    expect(codes.slice(1).map((c) => c[1])).not.toContain('path-refused');
    expect(picked).toHaveLength(1);
  });

  it('adds at most the cap from one call, and one row says what was left out', async () => {
    rig = await startRig({ service: { maxFilesPerCall: 5, processConcurrency: 1 } });
    const dir = await folderOf(8, Buffer.from('not really a jpeg'));
    await rig.service.updateSettings({ upload: { autoUpload: false } });
    const { added } = await rig.service.addPaths([dir]);
    expect(added).toHaveLength(6);
    const jobs = await rig.jobs();
    const last = jobs.at(-1);
    expect(last?.status).toBe('failed');
    if (last?.status === 'failed') {
      expect(last.error.code).toBe('too-many-files');
      expect(last.error.message).toMatch(/^Only the first 5 files were added at once/);
    }
    expect(jobs.slice(0, 5).map((j) => j.file.name)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `photo-000${i}.jpg`),
    );
  });

  it('stops a folder search when everything is cancelled, adding nothing from it', async () => {
    rig = await startRig({ service: { processConcurrency: 1 } });
    const dir = await folderOf(400, await noisyJpeg(64, 48, 1));
    const adding = rig.service.addPaths([dir]);
    await rig.service.cancelAll();
    expect(await adding).toEqual({ added: [], duplicates: 0 });
    expect(await rig.jobs()).toEqual([]);
    // The next call is not affected by the cancelled one.
    const again = await rig.service.addPaths([join(dir, 'photo-0000.jpg')]);
    expect(again.added).toHaveLength(1);
  });
});
