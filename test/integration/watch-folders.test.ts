/**
 * Watch folders in the app's service: a folder picked in Settings, files written slowly over 3 s
 * uploaded once with their final content to the folder's own destination, the images already
 * there offered once, a report when the watch's files have finished, a restart through the
 * journal, and switching off. Real workers, a real emulator on 127.0.0.1, a real state folder.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import { callApi } from '../../src/main/core/api/method-args';
import { ImagePool, nodeWorkerLauncher } from '../../src/main/core/images';
import { createUploader } from '../../src/main/core/imagekit';
import { StateStore } from '../../src/main/core/persistence';
import { HEADLESS_PLATFORM, type SettingsStore } from '../../src/main/core/ports';
import { createService } from '../../src/main/core/service/create-service';
import type { UploadService } from '../../src/main/core/service/upload-service';
import { strings } from '../../src/shared/strings';
import type { WatchReport, WatchStatus } from '../../src/shared/watch';
import { startTempEmulator } from '../support/emulator';
import { noisyJpeg } from '../support/images';
import { memorySecrets, memorySettings } from '../support/memory-ports';

const PRIVATE = 'private_watch_service';
const PUBLIC = 'public_watch_service';

let dir: string;
let exports: string;
let emulator: RunningEmulator;
let closeEmulator: () => Promise<void>;
const settings: SettingsStore = memorySettings();
const secrets = memorySecrets('os');
/** What the OS folder picker answers next. */
let picked: string[] = [];

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function until(check: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Running {
  readonly service: UploadService;
  readonly state: StateStore;
  readonly reports: WatchReport[];
  readonly statuses: (readonly WatchStatus[])[];
  close(): Promise<void>;
}

/** The app's service as the desktop app makes it, on one state folder and one settings file. */
async function start(): Promise<Running> {
  const state = StateStore.open(join(dir, 'state'));
  const service = createService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: settings,
    secrets,
    platform: {
      ...HEADLESS_PLATFORM,
      pickPaths: async () => {
        const paths = picked;
        picked = [];
        return paths;
      },
    },
    uploaderFactory: createUploader,
    updateIntervalMs: 20,
    history: state.history,
    journal: state.journal('app'),
    watchMemory: state,
  });
  const reports: WatchReport[] = [];
  const statuses: (readonly WatchStatus[])[] = [];
  service.onWatchReport((r) => reports.push(r));
  service.onWatch((s) => statuses.push(s));
  await service.startWatching();
  return {
    service,
    state,
    reports,
    statuses,
    async close() {
      await service.close();
      state.close();
    },
  };
}

const watchedFiles = () => emulator.files().filter((f) => f.filePath.startsWith('/exports-in/'));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uploader-watch-service-'));
  exports = join(dir, 'Exports');
  await mkdir(exports);
  await writeFile(join(exports, 'there-1.jpg'), await noisyJpeg(400, 300, 1));
  await writeFile(join(exports, 'there-2.jpg'), await noisyJpeg(400, 300, 2));
  const temp = await startTempEmulator({ privateKey: PRIVATE, publicKey: PUBLIC });
  emulator = temp.emu;
  closeEmulator = temp.close;
}, 60_000);

afterAll(async () => {
  await closeEmulator();
  await rm(dir, { recursive: true, force: true });
});

describe('watch folders in the app', () => {
  let app: Running;

  it('adds a picked folder watching into the Settings destination, and offers what is there once', async () => {
    app = await start();
    await app.service.updateSettings({
      connection: {
        uploadUrl: emulator.uploadUrl,
        apiUrl: emulator.apiUrl,
        urlEndpoint: emulator.urlEndpoint,
        publicKey: PUBLIC,
      },
      upload: { folder: '/settings-folder', tags: ['from-settings'], autoUpload: false },
    });
    await app.service.setPrivateKey(PRIVATE);
    picked = [exports];
    const view = await app.service.addWatchFolder();
    expect(view.watch.folders).toEqual([
      { path: exports, folder: '/settings-folder', tags: ['from-settings'], enabled: true },
    ]);
    expect(view.watchStatus).toEqual([{ path: exports, state: 'watching', waiting: 2, added: 0 }]);
    // The recent folders are the person's own choices, not the watch's.
    expect(view.upload.recentFolders).not.toContain('/exports-in');
    // As the page calls it: the arguments go through main's checks, which spell the folder.
    const changed = await callApi(app.service, 'updateWatchFolder', [
      exports,
      { folder: 'exports-in', tags: ['watched'] },
    ]);
    expect(changed.watch.folders[0]).toMatchObject({ folder: '/exports-in', tags: ['watched'] });
    // Still offered: changing the destination does not answer the question.
    expect(changed.watchStatus[0]).toMatchObject({ state: 'watching', waiting: 2 });
  });

  it('uploads files written slowly over 3 s once each, with their final content, even with automatic upload off', async () => {
    const slow = await noisyJpeg(1600, 1000, 7);
    const quick = await noisyJpeg(1200, 800, 8);
    const slowPath = join(exports, 'slow.jpg');
    await writeFile(join(exports, 'quick.jpg'), quick);
    await writeFile(join(exports, 'notes.txt'), 'not an image');
    const pieces = 12;
    const size = Math.ceil(slow.byteLength / pieces);
    for (let i = 0; i < pieces; i += 1) {
      await appendFile(slowPath, slow.subarray(i * size, (i + 1) * size));
      await sleep(250);
    }
    await until(() => app.reports.length >= 1, 'the watch report');
    expect(app.reports).toEqual([{ path: exports, uploaded: 2, skipped: 0, failed: 0 }]);
    const files = watchedFiles();
    expect(files).toHaveLength(4);
    expect(files.every((f) => f.tags.includes('watched'))).toBe(true);
    const { jobs } = await app.service.getJobs();
    const slowJob = jobs.find((j) => j.file.path === slowPath);
    expect(slowJob).toMatchObject({ status: 'done', batch: 'Watch: Exports' });
    const entry = app.state.history.query({ limit: 10 }).entries.find((e) => e.source === slowPath);
    expect(entry?.sha256).toBe(sha256(slow));
    expect(entry?.main.width).toBe(800);
    const status = app.statuses.at(-1)?.[0];
    expect(status).toEqual({ path: exports, state: 'watching', waiting: 2, added: 2 });
  });

  it('renames and removals send nothing', async () => {
    await rename(join(exports, 'quick.jpg'), join(exports, 'quick-renamed.jpg'));
    await unlink(join(exports, 'notes.txt'));
    await sleep(3_500);
    expect(watchedFiles()).toHaveLength(4);
    expect((await app.service.getJobs()).jobs).toHaveLength(2);
  });

  it('"Upload them" adds the images that were already there, once', async () => {
    const count = await callApi(app.service, 'answerWatchOffer', [exports, true]);
    expect(count).toBe(2);
    await until(() => app.reports.length >= 2, 'the second report');
    expect(app.reports[1]).toEqual({ path: exports, uploaded: 2, skipped: 0, failed: 0 });
    expect(watchedFiles()).toHaveLength(8);
    expect((await app.service.getSettings()).watchStatus[0]).toMatchObject({ waiting: 0 });
    // Answered: a second answer adds nothing.
    expect(await app.service.answerWatchOffer(exports, true)).toBe(0);
    await app.close();
  });

  it('after a restart, takes what arrived while the app was closed and offers nothing again', async () => {
    const meanwhile = join(exports, 'meanwhile.jpg');
    await writeFile(meanwhile, await noisyJpeg(1000, 700, 9));
    app = await start();
    const view = await app.service.getSettings();
    expect(view.watchStatus).toEqual([{ path: exports, state: 'watching', waiting: 0, added: 0 }]);
    await until(() => app.reports.length >= 1, 'the file that arrived meanwhile');
    expect(app.reports).toEqual([{ path: exports, uploaded: 1, skipped: 0, failed: 0 }]);
    expect(watchedFiles()).toHaveLength(10);
  });

  it('switched off, a new file sends nothing; switched on again, what is there is offered and the history skips it', async () => {
    const off = await app.service.updateWatchFolder(exports, { enabled: false });
    expect(off.watchStatus).toEqual([{ path: exports, state: 'off' }]);
    await writeFile(join(exports, 'while-off.jpg'), await noisyJpeg(500, 400, 10));
    await sleep(3_000);
    expect(watchedFiles()).toHaveLength(10);
    const on = await app.service.updateWatchFolder(exports, { enabled: true });
    expect(on.watchStatus[0]).toMatchObject({ state: 'watching', waiting: 6 });
    // Rows still in the list are not added again; the renamed copy is, and the history skips it.
    expect(await app.service.answerWatchOffer(exports, true)).toBe(2);
    await until(() => app.reports.length >= 2, 'the report after switching on');
    expect(app.reports[1]).toEqual({ path: exports, uploaded: 1, skipped: 1, failed: 0 });
    expect(watchedFiles()).toHaveLength(12);
  });

  it('refuses bad requests with a sentence, and removing a folder stops its watch', async () => {
    const call = (method: 'updateWatchFolder' | 'removeWatchFolder', args: unknown[]) =>
      Promise.resolve().then(() => callApi(app.service, method, args));
    await expect(call('updateWatchFolder', ['Exports', {}])).rejects.toThrow(
      'A watch folder must be a full path to a folder on this computer.',
    );
    await expect(
      call('updateWatchFolder', [join(dir, 'elsewhere'), { enabled: true }]),
    ).rejects.toThrow(`${join(dir, 'elsewhere')} is not a watch folder.`);
    await expect(call('updateWatchFolder', [exports, { folder: '/a/../b' }])).rejects.toThrow(
      strings.validation.folderPart('/a/../b', '..'),
    );
    picked = [join(exports, 'slow.jpg')];
    await expect(app.service.addWatchFolder()).rejects.toThrow('is not a folder');
    picked = [exports];
    await expect(app.service.addWatchFolder()).rejects.toThrow('is already a watch folder');
    // Cancelling the picker changes nothing.
    expect((await app.service.addWatchFolder()).watch.folders).toHaveLength(1);

    const removed = await callApi(app.service, 'removeWatchFolder', [exports]);
    expect(removed).toMatchObject({ watch: { folders: [] }, watchStatus: [] });
    await writeFile(join(exports, 'after-removal.jpg'), await noisyJpeg(500, 400, 11));
    await sleep(3_000);
    expect(watchedFiles()).toHaveLength(12);
    await app.close();
  });
});
