/**
 * "Try it with a local test server" through the real service: the emulator starts in this
 * process on 127.0.0.1, the connection points at it with a key of its own, real files upload to
 * its folder; the next start brings it back on the same address; stopping it sets the connection
 * back to ImageKit's without a word about a forgotten key.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServerHost } from '../../src/emulator/embedded';
import { ImagePool, nodeWorkerLauncher } from '../../src/main/core/images';
import { createUploader } from '../../src/main/core/imagekit';
import { HEADLESS_PLATFORM, type SettingsStore } from '../../src/main/core/ports';
import { createService } from '../../src/main/core/service/create-service';
import type { UploadService } from '../../src/main/core/service/upload-service';
import { IMAGEKIT_API_URL, IMAGEKIT_UPLOAD_URL } from '../../src/shared/settings';
import { noisyJpeg, put, tempDir } from '../support/images';
import { memorySecrets, memorySettings } from '../support/memory-ports';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('uploader-test-server-'));
});
afterAll(() => cleanup());

/** A service as the app makes one, with the test server's files under `dir`/user-data. */
function appService(settingsStore: SettingsStore): UploadService {
  return createService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore,
    secrets: memorySecrets('os'),
    platform: HEADLESS_PLATFORM,
    uploaderFactory: createUploader,
    updateIntervalMs: 20,
    testServer: testServerHost(join(dir, 'user-data', 'test-server')),
  });
}

describe('the local test server', () => {
  it('starts inside the app, takes the uploads, comes back with the app, and stops', async () => {
    const settings = memorySettings();
    const first = appService(settings);
    let address: string;
    try {
      const before = await first.getSettings();
      expect(before.testServerStatus).toEqual({ state: 'off' });
      expect(before.privateKey.set).toBe(false);

      const view = await first.useTestServer(true);
      expect(view.testServerStatus).toMatchObject({
        state: 'running',
        address: expect.stringMatching(/^127\.0\.0\.1:\d+$/),
        folder: join(dir, 'user-data', 'test-server'),
      });
      address = view.testServerStatus.state === 'running' ? view.testServerStatus.address : '';
      expect(view.connection.uploadUrl).toBe(`http://${address}/api/v1/files/upload`);
      expect(view.connection.urlEndpoint).toBe(`http://${address}/local`);
      expect(view.privateKey).toMatchObject({ set: true, keeping: 'session', forgotten: null });
      expect((await first.testConnection()).ok).toBe(true);

      const photo = await put(dir, 'beach.jpg', await noisyJpeg(1200, 800, 3));
      await first.addPaths([photo]);
      await first.idle();
      const [job] = (await first.getJobs()).jobs;
      expect(job?.status).toBe('done');
      const url = job?.status === 'done' ? job.uploaded.main.url : '';
      expect(url.startsWith(`http://${address}/local/`)).toBe(true);
      const served = await fetch(url);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(existsSync(join(dir, 'user-data', 'test-server'))).toBe(true);
    } finally {
      await first.close();
    }

    // The next start (same settings) brings it back on the same address, so links keep working.
    const second = appService(settings);
    try {
      await second.startIntegrations();
      const view = await second.getSettings();
      expect(view.testServerStatus).toMatchObject({ state: 'running', address });
      expect(view.privateKey.set).toBe(true);
      const library = await second.listLibrary({ offset: 0, limit: 10 });
      expect(library.files.map((f) => f.name)).toEqual(
        expect.arrayContaining([expect.stringMatching(/^beach-.*\.webp$/)]),
      );

      const stopped = await second.useTestServer(false);
      expect(stopped.testServerStatus).toEqual({ state: 'off' });
      expect(stopped.connection).toMatchObject({
        uploadUrl: IMAGEKIT_UPLOAD_URL,
        apiUrl: IMAGEKIT_API_URL,
        urlEndpoint: '',
      });
      expect(stopped.privateKey).toMatchObject({ set: false, forgotten: null });
      await expect(fetch(`http://${address}/`)).rejects.toThrow();
    } finally {
      await second.close();
    }
  }, 120_000);
});
