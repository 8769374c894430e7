/**
 * Per-batch destinations and the naming template, end to end: real workers, sharp, the state
 * database and the emulator on 127.0.0.1.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../src/main/core/persistence';
import type { Job } from '../../src/shared/jobs';
import { noisyJpeg, tempDir } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';

let rig: ServiceRig | null = null;
let state: StateStore | null = null;
const cleanups: Array<() => Promise<void>> = [];

afterEach(async () => {
  await rig?.close();
  state?.close();
  for (const c of cleanups.splice(0)) await c();
  rig = null;
  state = null;
});

/** Writes one distinct JPEG per name into `folder` (created under a temp dir). */
async function photos(folder: string, names: readonly string[], seed = 1): Promise<string[]> {
  const t = await tempDir('uploader-dest-');
  cleanups.push(t.cleanup);
  const dir = join(t.dir, folder);
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(dir, name);
    await writeFile(path, await noisyJpeg(900 + i * 10, 700, seed + i));
    paths.push(path);
  }
  return paths;
}

function done(jobs: readonly Job[]) {
  return jobs.flatMap((j) => (j.status === 'done' ? [j] : []));
}

async function connectedRig(): Promise<ServiceRig> {
  state = StateStore.inMemory();
  const r = await startRig({ service: { history: state.history } });
  await r.connect();
  return r;
}

describe('a destination per batch', () => {
  it('sends two batches to two folders, with their own tags, and records each folder', async () => {
    rig = await connectedRig();
    const first = await photos('a', ['one.jpg', 'two.jpg'], 1);
    const second = await photos('b', ['three.jpg'], 9);
    await rig.service.addPaths(first, undefined, { folder: '/spring-shoot', tags: ['spring'] });
    await rig.service.addPaths(second, undefined, { folder: '/autumn', tags: ['autumn'] });
    await rig.service.idle();

    const jobs = done(await rig.jobs());
    expect(jobs).toHaveLength(3);
    const stored = rig.emulator.files();
    const inFolder = (f: string) => stored.filter((s) => s.filePath.startsWith(`${f}/`));
    expect(inFolder('/spring-shoot')).toHaveLength(4);
    expect(inFolder('/autumn')).toHaveLength(2);
    expect(inFolder('/spring-shoot').every((s) => s.tags?.includes('spring'))).toBe(true);
    expect(inFolder('/autumn').every((s) => s.tags?.includes('autumn'))).toBe(true);
    expect(jobs.map((j) => j.destination?.folder)).toEqual([
      '/spring-shoot',
      '/spring-shoot',
      '/autumn',
    ]);

    const history = rig.service;
    const page = await history.queryHistory({});
    expect(page.entries.map((e) => e.folder).sort()).toEqual([
      '/autumn',
      '/spring-shoot',
      '/spring-shoot',
    ]);
    const settings = await rig.service.getSettings();
    expect(settings.upload.recentFolders).toEqual(['/autumn', '/spring-shoot']);
    // The Settings folder is untouched: the choice was for those batches only.
    expect(settings.upload.folder).toBe('/batch');
  });

  it('skips a duplicate only in the folder it went to', async () => {
    rig = await connectedRig();
    const [path] = await photos('a', ['same.jpg'], 3);
    await rig.service.addPaths([path!], undefined, { folder: '/one', tags: [] });
    await rig.service.idle();
    await rig.service.clearFinished();
    await rig.service.addPaths([path!], undefined, { folder: '/two', tags: [] });
    await rig.service.idle();
    const [second] = done(await rig.jobs());
    expect(second?.reused).toBeNull();
    expect(second?.uploaded.main.filePath).toMatch(/^\/two\/same-[0-9a-f]{8}\.webp$/);
    await rig.service.clearFinished();
    await rig.service.addPaths([path!], undefined, { folder: '/two', tags: [] });
    await rig.service.idle();
    const [third] = done(await rig.jobs());
    expect(third?.reused).not.toBeNull();
  });

  it('refuses a destination folder ImageKit would not take, with a sentence', async () => {
    rig = await connectedRig();
    const { callApi } = await import('../../src/main/core/api/method-args');
    expect(() =>
      callApi(rig!.service, 'addPaths', [['/tmp/x.jpg'], null, { folder: '../up', tags: [] }]),
    ).toThrow(/Folder "..\/up" has a part ImageKit will not accept/);
  });
});

describe('the naming template', () => {
  it('names files from the template and stops a second file that would take the same name', async () => {
    rig = await connectedRig();
    await rig.service.updateSettings({ upload: { nameTemplate: '{parent}-{width}' } });
    // Same width, same folder: both render as spring-shoot-900.
    const a = await photos('spring-shoot', ['IMG_1.jpg'], 1);
    const b = await photos('spring-shoot', ['IMG_2.jpg'], 7);
    await rig.service.addPaths([...a, ...b]);
    await rig.service.idle();
    const jobs = await rig.jobs();
    const uploaded = done(jobs);
    expect(uploaded).toHaveLength(1);
    expect(uploaded[0]?.uploaded.main.filePath).toBe('/batch/spring-shoot-900.webp');
    const failed = jobs.find((j) => j.status === 'failed');
    expect(failed?.status === 'failed' && failed.error.message).toMatch(
      /Another file in this batch \(IMG_\d\.jpg\) would be stored as spring-shoot-900\.webp\. Nothing was uploaded\. Add \{hash\} to the naming template in Settings/,
    );
    // Two stored files (main + thumb) of the one that went; the other sent nothing.
    expect(rig.emulator.files()).toHaveLength(2);

    // A later run checks the history too: a different file under that name is refused.
    await rig.service.clearFinished();
    const c = await photos('spring-shoot', ['IMG_3.jpg'], 13);
    await rig.service.addPaths(c);
    await rig.service.idle();
    const [later] = await rig.jobs();
    expect(later?.status === 'failed' && later.error.message).toMatch(
      /A different file \(IMG_\d\.jpg\) was uploaded earlier as spring-shoot-900\.webp in this folder/,
    );
    expect(rig.emulator.files()).toHaveLength(2);

    // With {hash} back in the template, Retry sends it under a name of its own.
    await rig.service.updateSettings({ upload: { nameTemplate: '{parent}-{width}-{hash}' } });
    await rig.service.retry(later!.id);
    await rig.service.idle();
    const [retried] = done(await rig.jobs());
    expect(retried?.uploaded.main.filePath).toMatch(
      /^\/batch\/spring-shoot-900-[0-9a-f]{8}\.webp$/,
    );
  });
});
