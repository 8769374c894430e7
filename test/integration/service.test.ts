import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir, writeNoisyJpegs } from '../support/images';
import { startRig, type ServiceRig } from '../support/service-rig';

let rig: ServiceRig | null = null;
let cleanup: (() => Promise<void>) | null = null;

afterEach(async () => {
  await rig?.close();
  await cleanup?.();
  rig = null;
  cleanup = null;
});

async function photos(count: number): Promise<{ dir: string; paths: string[] }> {
  const t = await tempDir('uploader-service-');
  cleanup = t.cleanup;
  const shape = { prefix: 'photo', width: 1200, height: 900, seed: 1 };
  return { dir: t.dir, paths: await writeNoisyJpegs(t.dir, count, shape) };
}

describe('UploadService with real workers and the emulator', () => {
  it('prepares files while no connection is set, then uploads them once connected', async () => {
    rig = await startRig();
    const { paths } = await photos(4);
    const added = await rig.service.addPaths(paths);
    expect(added.added).toHaveLength(4);
    await rig.service.idle();
    let jobs = await rig.jobs();
    expect(jobs.map((j) => j.status)).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(rig.emulator.files()).toHaveLength(0);

    await rig.connect();
    await rig.service.idle();
    jobs = await rig.jobs();
    expect(jobs.every((j) => j.status === 'done')).toBe(true);
    const stored = rig.emulator.files();
    expect(stored).toHaveLength(8);
    for (const job of jobs) {
      if (job.status !== 'done') continue;
      expect(job.uploaded.main.filePath).toMatch(/^\/batch\/photo-\d-[0-9a-f]+\.webp$/);
      expect(job.uploaded.thumb.filePath).toMatch(/^\/batch\/photo-\d-[0-9a-f]+\.thumb\.png$/);
      expect(job.uploaded.main.bytes).toBeLessThanOrEqual(200_000);
      expect(job.uploaded.thumb.bytes).toBeLessThanOrEqual(10_000);
    }
    expect(stored.every((f) => f.tags?.includes('spring'))).toBe(true);
    const last = rig.updates.at(-1);
    expect(last?.summary.counts.done).toBe(4);
    expect(last?.summary.progress).toBe(1);
    expect(last?.summary.active).toBe(false);
  });

  it('fails bad paths alone, with sentences, and carries on with the rest', async () => {
    rig = await startRig();
    const { dir, paths } = await photos(2);
    await writeFile(join(dir, 'notes.jpg'), 'not a picture');
    await writeFile(join(dir, 'empty.png'), '');
    await mkdir(join(dir, 'folder.jpg'));
    await symlink('/etc/hostname', join(dir, 'link.jpg'));
    await rig.connect();
    await rig.service.addPaths([
      ...paths,
      join(dir, 'notes.jpg'),
      join(dir, 'empty.png'),
      join(dir, 'folder.jpg'),
      join(dir, 'link.jpg'),
      join(dir, 'gone.jpg'),
    ]);
    await rig.service.idle();
    const jobs = await rig.jobs();
    const byName = new Map(jobs.map((j) => [j.file.name, j]));
    expect(byName.get('photo-0.jpg')?.status).toBe('done');
    expect(byName.get('photo-1.jpg')?.status).toBe('done');
    for (const name of ['notes.jpg', 'empty.png', 'folder.jpg', 'link.jpg', 'gone.jpg']) {
      const job = byName.get(name);
      expect(job?.status, name).toBe('failed');
      if (job?.status !== 'failed') continue;
      expect(job.error.message, name).toMatch(/^[A-Z].*\.$/);
      expect(job.error.message, name).not.toMatch(/Error:|errno|ENOENT|\bat \//);
    }
    expect(rig.emulator.files()).toHaveLength(4);
  });

  it('does not add the same file twice while it is in the list', async () => {
    rig = await startRig();
    const { paths } = await photos(2);
    await rig.service.addPaths(paths);
    const again = await rig.service.addPaths([paths[0] as string]);
    expect(again).toEqual({ added: [], duplicates: 1 });
    await rig.service.idle();
    expect(await rig.jobs()).toHaveLength(2);
  });

  it('stops a job on cancel and finishes it on retry, with one stored copy per variant', async () => {
    rig = await startRig({ faults: { latencyMs: 400 } });
    const { paths } = await photos(2);
    await rig.connect();
    const { added } = await rig.service.addPaths(paths);
    const target = added[0] as string;
    // Cancel while it is uploading (the emulator answers slowly).
    await waitFor(
      async () => (await rig!.jobs()).find((j) => j.id === target)?.status === 'uploading',
    );
    await rig.service.cancel(target);
    expect((await rig.jobs()).find((j) => j.id === target)?.status).toBe('cancelled');
    await rig.service.idle();
    await rig.service.retry(target);
    await rig.service.idle();
    const jobs = await rig.jobs();
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done']);
    const names = rig.emulator.files().map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(4);
  });

  it('fails uploads with a clear sentence on a wrong key, and retries them once fixed', async () => {
    rig = await startRig();
    const { paths } = await photos(1);
    await rig.connect();
    await rig.service.setPrivateKey('private_wrong');
    await rig.service.addPaths(paths);
    await rig.service.idle();
    let [job] = await rig.jobs();
    expect(job?.status).toBe('failed');
    if (job?.status === 'failed') {
      expect(job.stage).toBe('upload');
      expect(job.error.message).toMatch(/private key/i);
      expect(job.error.message).not.toContain('private_wrong');
    }
    await rig.service.setPrivateKey('private_service_test_key');
    await rig.service.retryFailed();
    await rig.service.idle();
    [job] = await rig.jobs();
    expect(job?.status).toBe('done');
  });

  it('waits for "Upload" when automatic upload is off', async () => {
    rig = await startRig();
    const { paths } = await photos(2);
    await rig.connect();
    await rig.service.updateSettings({ upload: { autoUpload: false } });
    await rig.service.addPaths(paths);
    await rig.service.idle();
    expect((await rig.jobs()).map((j) => j.status)).toEqual(['ready', 'ready']);
    await rig.service.startUploads();
    await rig.service.idle();
    expect((await rig.jobs()).map((j) => j.status)).toEqual(['done', 'done']);
  });

  it('serves a preview of each processed file and clears finished rows', async () => {
    rig = await startRig();
    const { paths } = await photos(1);
    const { added } = await rig.service.addPaths(paths);
    await rig.service.idle();
    const preview = await rig.service.getPreview(added[0] as string);
    expect(preview).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    await rig.connect();
    await rig.service.idle();
    await rig.service.clearFinished();
    expect(await rig.jobs()).toHaveLength(0);
    expect(await rig.service.getPreview(added[0] as string)).toBeNull();
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
