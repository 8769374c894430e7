/**
 * The real service on a real state folder: closed mid-batch and opened again, the list comes
 * back and finishes; changed and vanished sources say so; a file in the history is skipped
 * until "Upload again".
 */
import { appendFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import { createUploader } from '../../src/main/core/imagekit';
import { ImagePool, nodeWorkerLauncher } from '../../src/main/core/images';
import { HEADLESS_PLATFORM } from '../../src/main/core/ports';
import { type UploadService } from '../../src/main/core/service/upload-service';
import { createService } from '../../src/main/core/service/create-service';
import { StateStore } from '../../src/main/core/persistence';
import type { Job } from '../../src/shared/jobs';
import { startEmulatorIn } from '../support/cli-process';
import { noisyJpeg, tempDir } from '../support/images';

const KEY = 'private_service_resume';
let dir: string;
let cleanup: () => Promise<void>;
let emulator: RunningEmulator;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('uploader-service-resume-'));
  emulator = await startEmulatorIn(dir, KEY, 'public_x', { faults: { latencyMs: 60 } });
});

afterAll(async () => {
  await emulator.close();
  await cleanup();
});

/** A service as the app builds it, on the state folder `stateDir` (session "app"). */
function open(stateDir: string): {
  service: UploadService;
  state: StateStore;
  close(): Promise<void>;
} {
  const state = StateStore.open(stateDir, { journalIntervalMs: 20 });
  let settings: unknown;
  let key: string | null = null;
  const service = createService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: { load: () => settings, save: (s) => void (settings = s) },
    secrets: { get: () => key, set: (v) => void (key = v), protection: () => 'os' },
    platform: HEADLESS_PLATFORM,
    uploaderFactory: createUploader,
    updateIntervalMs: 20,
    journal: state.journal('app'),
    history: state.history,
  });
  return {
    service,
    state,
    async close() {
      await service.close();
      state.close();
    },
  };
}

async function connect(service: UploadService, concurrency = 1): Promise<void> {
  await service.updateSettings({
    connection: {
      uploadUrl: emulator.uploadUrl,
      apiUrl: emulator.apiUrl,
      urlEndpoint: emulator.urlEndpoint,
    },
    upload: { folder: '/resume', concurrency },
  });
  await service.setPrivateKey(KEY);
}

async function photos(sub: string, count: number): Promise<string[]> {
  const paths: string[] = [];
  for (let i = 0; i < count; i++) {
    const path = join(dir, `${sub}-${i}.jpg`);
    await writeFile(path, await noisyJpeg(300, 200, 100 + paths.length + sub.length * 17));
    paths.push(path);
  }
  return paths;
}

async function jobs(service: UploadService): Promise<readonly Job[]> {
  return (await service.getJobs()).jobs;
}

describe('UploadService on a state folder', () => {
  it('closed mid-batch, a new service on the same folder brings the list back and finishes it', async () => {
    const stateDir = join(dir, 'state-a');
    const paths = await photos('a', 8);
    const first = open(stateDir);
    await connect(first.service);
    await first.service.addPaths(paths);
    // Quit while files are still uploading.
    while ((await jobs(first.service)).filter((j) => j.status === 'done').length < 2) {
      await new Promise((r) => setTimeout(r, 10));
    }
    const before = await jobs(first.service);
    await first.close();
    const doneBefore = before.filter((j) => j.status === 'done');

    const second = open(stateDir);
    const restored = await jobs(second.service);
    expect(restored.map((j) => j.id)).toEqual(before.map((j) => j.id));
    for (const job of doneBefore) {
      expect(restored.find((j) => j.id === job.id)).toEqual(job);
    }
    await connect(second.service);
    await second.service.idle();
    const after = await jobs(second.service);
    expect(after.map((j) => j.status)).toEqual(Array(8).fill('done'));
    expect(emulator.files().filter((f) => f.filePath.startsWith('/resume/a-'))).toHaveLength(16);
    await second.close();
  });

  it('a source that changed or vanished since gets a row that says so', async () => {
    const stateDir = join(dir, 'state-b');
    const [changed, vanished, kept] = await photos('b', 3);
    const first = open(stateDir);
    // No connection yet: the files are processed and wait.
    await first.service.addPaths([changed as string, vanished as string, kept as string]);
    await first.service.idle();
    await first.close();
    await appendFile(changed as string, Buffer.from('more bytes'));
    await rm(vanished as string);

    const second = open(stateDir);
    const rows = await jobs(second.service);
    expect(rows[0]).toMatchObject({ status: 'failed', error: { code: 'source-changed' } });
    expect(rows[0]?.status === 'failed' && rows[0].error.message).toMatch(
      /changed since the batch started/,
    );
    expect(rows[1]).toMatchObject({ status: 'failed', error: { code: 'vanished' } });
    await connect(second.service);
    await second.service.idle();
    expect((await jobs(second.service))[2]?.status).toBe('done');
    // Retry takes the changed file as it is now.
    await second.service.retry(rows[0]?.id as string);
    await second.service.idle();
    expect((await jobs(second.service))[0]?.status).toBe('done');
    await second.close();
  });

  it('skips a file the history has, with the earlier links, and "Upload again" sends it', async () => {
    const stateDir = join(dir, 'state-c');
    const [photo] = await photos('c', 1);
    const first = open(stateDir);
    await connect(first.service);
    await first.service.addPaths([photo as string]);
    await first.service.idle();
    const [uploaded] = await jobs(first.service);
    expect(uploaded).toMatchObject({ status: 'done', reused: null });
    await first.service.clearFinished();

    const requests = emulator.stats().requests;
    await first.service.addPaths([photo as string]);
    await first.service.idle();
    const [again] = await jobs(first.service);
    if (again?.status !== 'done' || uploaded?.status !== 'done') throw new Error('not done');
    expect(again.reused).toEqual({ uploadedAt: uploaded.finishedAt });
    expect(again.uploaded.main.url).toBe(uploaded.uploaded.main.url);
    expect(again.uploaded.thumb.url).toBe(uploaded.uploaded.thumb.url);
    expect(emulator.stats().requests).toBe(requests);

    await first.service.uploadAgain(again.id);
    await first.service.idle();
    const [forced] = await jobs(first.service);
    expect(forced).toMatchObject({ status: 'done', reused: null });
    expect(emulator.stats().requests).toBe(requests + 2);
    expect(first.state.history.query({ search: 'c-0' }).total).toBe(2);
    await first.close();
  });
});

describe('the paused flag', () => {
  it('is kept in the state folder and read back by the next service', async () => {
    const stateDir = join(dir, 'state-d');
    const first = open(stateDir);
    expect(first.service.restoredPaused).toBe(false);
    first.service.rememberPaused(true);
    await first.close();
    const second = open(stateDir);
    expect(second.service.restoredPaused).toBe(true);
    second.service.rememberPaused(false);
    await second.close();
    const third = open(stateDir);
    expect(third.service.restoredPaused).toBe(false);
    await third.close();
  });
});
