import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { rm } from 'node:fs/promises';
import { strings } from '../../src/shared/strings';
import { writePastedImage } from '../../src/main/core/clipboard/paste-file';
import { startRig, type ServiceRig } from '../support/service-rig';
import { createTestHistoryStore } from '../support/test-history';
import { noisyJpeg, photo, put, tempDir } from '../support/images';

const KEY = 'picgo_test_key';
let rig: ServiceRig;
let dir: string;
let clipboardPng: Uint8Array | null = null;
let base: string;

beforeAll(async () => {
  ({ dir } = await tempDir('uploader-picgo-'));
  rig = await startRig({
    service: {
      history: createTestHistoryStore(),
      platform: {
        pickPaths: async () => [],
        openExternal: async () => {},
        saveFile: async () => null,
        // Electron's clipboard stands in as bytes the test sets; the file is written for real.
        readClipboardImage: async () =>
          clipboardPng === null ? null : writePastedImage(dir, clipboardPng),
      },
    },
  });
  await rig.connect();
  const view = await rig.service.updateSettings({
    integrations: { picgo: { enabled: true, port: 0, key: KEY } },
  });
  if (view.picgoServer.state !== 'listening') throw new Error('the server did not start');
  base = `http://127.0.0.1:${view.picgoServer.port}/upload`;
});

afterAll(async () => {
  await rig.close();
  await rm(dir, { recursive: true, force: true });
});

async function post(
  url: string,
  body?: string,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('the PicGo-compatible local server with a real service and the emulator', () => {
  it('uploads a list of real images and answers their main links in list order', async () => {
    const a = await put(dir, 'first.jpg', await noisyJpeg(1200, 800, 11));
    const b = await put(
      dir,
      'second.png',
      await photo({ width: 900, height: 600, channels: 3, seed: 4 }).png().toBuffer(),
    );
    const { status, json } = await post(`${base}?key=${KEY}`, JSON.stringify({ list: [a, b] }));
    expect(status).toBe(200);
    expect(json.success).toBe(true);
    const urls = json.result as string[];
    expect(urls).toHaveLength(2);
    expect(urls[0]).toMatch(/first.*\.webp$/);
    expect(urls[1]).toMatch(/second.*\.webp$/);
    for (const url of urls) {
      expect(url.startsWith(rig.emulator.urlEndpoint)).toBe(true);
      const image = await fetch(url);
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toMatch(/webp/);
    }
    // The files went through the same list as a drop: both rows are there, done.
    const jobs = await rig.jobs();
    const names = jobs.filter((j) => j.status === 'done').map((j) => j.file.name);
    expect(names).toEqual(expect.arrayContaining(['first.jpg', 'second.png']));
    for (const job of jobs.filter((j) => names.includes(j.file.name))) {
      expect(job.batch).toBe('PicGo server');
    }
    // ... and the history keeps the batch's name with each upload.
    const page = await rig.service.queryHistory({ search: 'first' });
    expect(page.entries.map((e) => [e.name, e.batch])).toEqual([['first.jpg', 'PicGo server']]);
  });

  it('answers the same links again for a file already in the list', async () => {
    const a = await put(dir, 'again.jpg', await noisyJpeg(640, 480, 12));
    const first = await post(`${base}?key=${KEY}`, JSON.stringify({ list: [a] }));
    const second = await post(`${base}?key=${KEY}`, JSON.stringify({ list: [a] }));
    expect(second.json).toEqual(first.json);
    expect(first.json.success).toBe(true);
  });

  it('refuses a missing or wrong key before reading anything', async () => {
    const a = await put(dir, 'nokey.jpg', await noisyJpeg(300, 200, 13));
    const before = (await rig.jobs()).length;
    const missing = await post(base, JSON.stringify({ list: [a] }));
    expect(missing.status).toBe(401);
    expect(missing.json).toEqual({ success: false, message: strings.picgo.keyMissing });
    const wrong = await post(`${base}?key=nope`, JSON.stringify({ list: [a] }));
    expect(wrong.status).toBe(403);
    expect(wrong.json.success).toBe(false);
    expect((await rig.jobs()).length).toBe(before);
  });

  it('answers malformed JSON and a wrong shape with a 4xx', async () => {
    const bad = await post(`${base}?key=${KEY}`, '{"list": [');
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({ success: false, message: strings.picgo.badJson });
    const shape = await post(`${base}?key=${KEY}`, '{"files": []}');
    expect(shape.status).toBe(400);
    const relative = await post(`${base}?key=${KEY}`, '{"list": ["a.png"]}');
    expect(relative.status).toBe(400);
  });

  it('answers success:false with the sentence of the first failure for a file that is not an image', async () => {
    const good = await put(dir, 'fine.jpg', await noisyJpeg(400, 300, 14));
    const text = await put(dir, 'notes.png', 'these are words, not pixels');
    const { status, json } = await post(
      `${base}?key=${KEY}`,
      JSON.stringify({ list: [good, text] }),
    );
    expect(status).toBe(200);
    expect(json.success).toBe(false);
    const failed = (await rig.jobs()).find((j) => j.file.name === 'notes.png');
    expect(failed?.status).toBe('failed');
    // The answer names the file that failed, then says why.
    expect(json.message).toBe(
      failed?.status === 'failed' ? `Could not upload ${text}: ${failed.error.message}` : '',
    );
    expect(json.message).toMatch(/not an image/i);
  });

  it('uploads the clipboard image when the body is empty, and says so when there is none', async () => {
    clipboardPng = new Uint8Array(
      await photo({ width: 500, height: 400, channels: 3, seed: 9 }).png().toBuffer(),
    );
    const pasted = await post(`${base}?key=${KEY}`);
    expect(pasted.json.success).toBe(true);
    expect((pasted.json.result as string[])[0]).toMatch(/paste-\d{8}-\d{6}.*\.webp$/);
    clipboardPng = null;
    const empty = await post(`${base}?key=${KEY}`);
    expect(empty.json).toEqual({ success: false, message: strings.picgo.noClipboard });
  });

  it('refuses a request addressed to another host name (DNS rebinding) or sent by a web page', async () => {
    const port = new URL(base).port;
    const { request } = await import('node:http');
    const status = (headers: Record<string, string>): Promise<number> =>
      new Promise((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: `/upload?key=${KEY}`, method: 'POST', headers },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end('{"list":["/a.png"]}');
      });
    expect(await status({ host: `rebind.example:${port}` })).toBe(403);
    expect(await status({ host: `127.0.0.1:${port}`, origin: 'https://evil.example' })).toBe(403);
  });

  it('says the port is in use, and stops listening when turned off', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const taken = (blocker.address() as { port: number }).port;
    const view = await rig.service.updateSettings({ integrations: { picgo: { port: taken } } });
    expect(view.picgoServer).toEqual({ state: 'failed', message: strings.picgo.portInUse(taken) });
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    const off = await rig.service.updateSettings({ integrations: { picgo: { enabled: false } } });
    expect(off.picgoServer).toEqual({ state: 'off' });
    await expect(fetch(base, { method: 'POST' })).rejects.toThrow();
  });
});
