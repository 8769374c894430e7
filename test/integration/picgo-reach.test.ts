/**
 * What the unkeyed local server lets another program do, with a real service, the emulator on
 * 127.0.0.1 and a real state folder: image files only, the clipboard only with a key, a cap on
 * the rows it adds, one sentence for any path it may not read, and its failed missing paths not
 * journaled.
 */
import { mkdir, readdir, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writePastedImage } from '../../src/main/core/clipboard/paste-file';
import { StateStore } from '../../src/main/core/persistence';
import type { ServiceOptions } from '../../src/main/core/service/create-service';
import { strings } from '../../src/shared/strings';
import { startRig, type ServiceRig } from '../support/service-rig';
import { noisyJpeg, photo, put, tempDir } from '../support/images';

const KEY = 'picgo_reach_key_0123';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Server {
  readonly rig: ServiceRig;
  readonly dir: string;
  readonly url: string;
  post(body?: string): Promise<{ status: number; json: Record<string, unknown> }>;
}

/** A connected service whose local server listens with `key` ('' for none). */
async function serve(key: string, service: Partial<ServiceOptions> = {}): Promise<Server> {
  const { dir, cleanup } = await tempDir('uploader-reach-');
  cleanups.push(cleanup);
  const rig = await startRig({
    service: {
      platform: {
        pickPaths: async () => [],
        openExternal: async () => {},
        saveFile: async () => null,
        readClipboardImage: async () =>
          writePastedImage(
            dir,
            new Uint8Array(
              await photo({ width: 300, height: 200, channels: 3, seed: 2 }).png().toBuffer(),
            ),
          ),
      },
      ...service,
    },
  });
  cleanups.push(() => rig.close());
  await rig.connect();
  const view = await rig.service.updateSettings({
    integrations: { picgo: { enabled: true, port: 0, key } },
  });
  if (view.picgoServer.state !== 'listening') throw new Error('the server did not start');
  const url = `http://127.0.0.1:${view.picgoServer.port}/upload${key ? `?key=${key}` : ''}`;
  const post = async (body?: string) => {
    const res = await fetch(url, { method: 'POST', ...(body === undefined ? {} : { body }) });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  };
  return { rig, dir, url, post };
}

const list = (...paths: string[]): string => JSON.stringify({ list: paths });

describe('what the local server lets another program do', () => {
  it('takes image files only: a folder fails with one sentence and nothing in it is uploaded', async () => {
    const server = await serve('');
    const folder = join(server.dir, 'home');
    await mkdir(join(folder, 'deep'), { recursive: true });
    await put(folder, 'deep/private.jpg', await noisyJpeg(400, 300, 21));
    const uploadsBefore = server.rig.emulator.stats().uploads;
    const answer = await server.post(list(folder));
    expect(answer.json).toEqual({ success: false, message: strings.picgo.cannotUse(folder) });
    expect(server.rig.emulator.stats().uploads).toBe(uploadsBefore);
    const rows = await server.rig.jobs();
    expect(rows.map((j) => [j.file.name, j.status])).toEqual([['home', 'failed']]);
    const row = rows[0];
    if (row?.status === 'failed') expect(row.error.message).toBe(strings.paths.integrationFolder);
  });

  it('answers one sentence for any path it may not read, whatever the reason', async () => {
    const server = await serve('');
    const text = await put(server.dir, 'notes.png', 'these are words, not pixels');
    const empty = await put(server.dir, 'empty.jpg', '');
    const link = join(server.dir, 'shadow.jpg');
    await symlink('/etc/shadow', link);
    const missing = join(server.dir, 'missing.jpg');
    const folder = join(server.dir, 'photos');
    await mkdir(folder);
    for (const path of [text, empty, link, missing, folder]) {
      const answer = await server.post(list(path));
      expect(answer.json, path).toEqual({ success: false, message: strings.picgo.cannotUse(path) });
    }
    // The person at the screen still sees why in the list.
    const rows = await server.rig.jobs();
    const notes = rows.find((j) => j.file.name === 'notes.png');
    expect(notes?.status === 'failed' && notes.error.message).toMatch(/not an image/i);
  });

  it('uploads the clipboard only with a key set, and writes no paste without one', async () => {
    const open = await serve('');
    const refused = await open.post();
    expect(refused.status).toBe(403);
    expect(refused.json).toEqual({ success: false, message: strings.picgo.clipboardNeedsKey });
    await expect(readdir(join(open.dir, 'pastes'))).rejects.toThrow();
    const keyed = await serve(KEY);
    const pasted = await keyed.post();
    expect(pasted.json.success).toBe(true);
    expect((pasted.json.result as string[])[0]).toMatch(/paste-\d{8}-\d{6}.*\.webp$/);
  });

  it('caps the rows it adds a minute: past the cap, 429 and a sentence, and nothing added', async () => {
    const server = await serve('', { picgoRowLimits: { perMinute: 4, waiting: 100 } });
    const missing = (name: string) => join(server.dir, name);
    const first = await server.post(list(missing('a.jpg'), missing('b.jpg'), missing('c.jpg')));
    expect(first.status).toBe(200);
    const rows = (await server.rig.jobs()).length;
    const second = await server.post(list(missing('d.jpg'), missing('e.jpg')));
    expect(second.status).toBe(429);
    expect(second.json).toEqual({ success: false, message: strings.picgo.tooManyPerMinute(4) });
    expect((await server.rig.jobs()).length).toBe(rows);
  });

  it('caps the rows waiting to upload: past the cap, 429 until they are done', async () => {
    const server = await serve('', { picgoRowLimits: { perMinute: 100, waiting: 2 } });
    const a = await put(server.dir, 'a.jpg', await noisyJpeg(300, 200, 31));
    const b = await put(server.dir, 'b.jpg', await noisyJpeg(300, 200, 32));
    const c = await put(server.dir, 'c.jpg', await noisyJpeg(300, 200, 33));
    server.rig.emulator.setFaults({ latencyMs: 1500 });
    const slow = server.post(list(a, b));
    const end = Date.now() + 20_000;
    while ((await server.rig.jobs()).length < 2 && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const refused = await server.post(list(c));
    expect(refused.status).toBe(429);
    expect(refused.json).toEqual({ success: false, message: strings.picgo.tooManyWaiting(2) });
    expect((await slow).json.success).toBe(true);
    server.rig.emulator.setFaults({});
    expect((await server.post(list(c))).json.success).toBe(true);
  });

  it('does not journal its rows for paths that do not exist; a dropped one still is', async () => {
    const { dir: stateDir, cleanup } = await tempDir('uploader-reach-state-');
    cleanups.push(cleanup);
    const state = StateStore.open(stateDir, { journalIntervalMs: 5 });
    cleanups.push(async () => state.close());
    const server = await serve('', { journal: state.journal('app'), history: state.history });
    const gone = Array.from({ length: 50 }, (_, i) => join(server.dir, `gone-${i}.jpg`));
    await server.post(list(...gone));
    const dropped = join(server.dir, 'dropped-but-gone.jpg');
    await server.rig.service.addPaths([dropped], 'drop');
    await server.rig.service.idle();
    // The journal writes every 5 ms here; give it a few rounds.
    await new Promise((r) => setTimeout(r, 100));
    const journaled = state
      .journal('app')
      .load()
      .rows.map((r) => r.job.file.path);
    expect(journaled).toEqual([dropped]);
  });
});
