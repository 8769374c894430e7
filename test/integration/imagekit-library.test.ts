import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIBRARY_NEEDS_KEY } from '../../src/main/core/imagekit';
import type { ImageKitClient } from '../../src/main/core/imagekit';
import type { LibraryFile } from '../../src/shared/library';
import { KEYS, clientFor, startTestEmulator, type TestEmulator } from '../support/imagekit';
import { storePng } from './library-fixtures';

let t: TestEmulator;
let client: ImageKitClient;

beforeEach(async () => {
  t = await startTestEmulator();
  client = clientFor(t.emu, 'private-key');
});
afterEach(() => t.close());

async function list(request: Partial<Parameters<ImageKitClient['listFiles']>[0]> = {}) {
  const result = await client.listFiles({
    folder: '/shop/',
    search: '',
    skip: 0,
    limit: 50,
    ...request,
  });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
const names = (files: readonly LibraryFile[]) => files.map((f) => f.name);

describe('listing a folder', () => {
  beforeEach(async () => {
    for (const name of ['boots.png', 'bag.png', 'belt.png', 'hat.png']) {
      await storePng(t.emu, KEYS.privateKey, { name, folder: '/shop', width: 90, height: 60 });
    }
    await storePng(t.emu, KEYS.privateKey, { name: 'elsewhere.png', folder: '/blog' });
  });

  it('lists only that folder, newest first, with sizes and a transformed thumbnail that loads', async () => {
    const files = await list();
    expect(names(files)).toEqual(['hat.png', 'belt.png', 'bag.png', 'boots.png']);
    const hat = files[0] as LibraryFile;
    const stored = t.emu.files().find((f) => f.name === 'hat.png');
    expect(hat).toMatchObject({
      fileId: stored?.fileId,
      filePath: '/shop/hat.png',
      url: `${t.emu.urlEndpoint}/shop/hat.png`,
      width: 90,
      height: 60,
      size: stored?.size,
    });
    expect(hat.thumbnailUrl).toBe(`${hat.url}?tr=w-200,h-200,c-at_max`);
    const served = await fetch(hat.thumbnailUrl);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
  });

  it('searches names that begin with the text, and pages with skip and limit', async () => {
    expect(names(await list({ search: 'b' }))).toEqual(['belt.png', 'bag.png', 'boots.png']);
    expect(names(await list({ search: 'be' }))).toEqual(['belt.png']);
    expect(names(await list({ search: 'x"y' }))).toEqual([]);
    expect(names(await list({ skip: 1, limit: 2 }))).toEqual(['belt.png', 'bag.png']);
    expect(names(await list({ skip: 4, limit: 2 }))).toEqual([]);
  });
});

describe('deleting a file', () => {
  it('deletes it on the server, and says plainly when it was already gone', async () => {
    const id = await storePng(t.emu, KEYS.privateKey, { name: 'old.png', folder: '/shop' });
    await storePng(t.emu, KEYS.privateKey, { name: 'new.png', folder: '/shop' });
    expect(await client.deleteFile(id)).toEqual({ ok: true, value: undefined });
    expect(t.emu.files().map((f) => f.name)).toEqual(['new.png']);
    const again = await client.deleteFile(id);
    expect(again.ok).toBe(false);
    if (!again.ok) {
      expect(again.error.code).toBe('not-found');
      expect(again.error.message).toMatch(/no longer on ImageKit/);
    }
  });
});

describe('failures are sentences without the key', () => {
  it('a wrong private key', async () => {
    const wrong = clientFor(t.emu, 'private-key', { privateKey: 'private_wrong_key' });
    for (const result of [
      await wrong.listFiles({ folder: '/', search: '', skip: 0, limit: 5 }),
      await wrong.deleteFile('abc'),
    ]) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('auth-rejected');
      expect(result.error.message).toBe(
        'ImageKit rejected the private key (403). Check it in Settings.',
      );
      expect(result.error.message).not.toContain('private_wrong_key');
    }
  });

  it('signed uploads have no private key, so the Library says it needs one', async () => {
    const signed = clientFor(t.emu, 'auth-endpoint');
    const before = t.emu.stats().requests;
    expect(await signed.listFiles({ folder: '/', search: '', skip: 0, limit: 5 })).toEqual({
      ok: false,
      error: LIBRARY_NEEDS_KEY,
    });
    expect(await signed.deleteFile('abc')).toEqual({ ok: false, error: LIBRARY_NEEDS_KEY });
    expect(t.emu.stats().requests).toBe(before);
  });

  it('no server at the API URL', async () => {
    const apiUrl = t.emu.apiUrl;
    await t.emu.close();
    const offline = clientFor({ ...t.emu, apiUrl }, 'private-key');
    const result = await offline.listFiles({ folder: '/', search: '', skip: 0, limit: 5 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('network');
      expect(result.error.message).toMatch(
        /^Could not reach ImageKit at 127\.0\.0\.1:\d+ \(connection refused\)/,
      );
    }
  });
});
