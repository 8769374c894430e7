import { afterEach, describe, expect, it } from 'vitest';
import type { TestEmulator } from '../support/imagekit';
import { clientFor, makeFiles, startTestEmulator } from '../support/imagekit';

let t: TestEmulator | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

describe('auth modes against the emulator', () => {
  it('fails fast on a wrong private key: one request, a clear sentence, no retries', async () => {
    t = await startTestEmulator({ serverErrorRate: 0 });
    const [file] = await makeFiles(1);
    const wrongKey = 'private_wrong_key_123';
    const result = await clientFor(t.emu, 'private-key', { privateKey: wrongKey }).uploadFile(
      file!,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'auth-rejected',
        message: 'ImageKit rejected the private key (403). Check it in Settings.',
      },
      retryable: false,
      uploaded: {},
    });
    expect(JSON.stringify(result)).not.toContain(wrongKey);
    expect(t.emu.stats()).toMatchObject({ requests: 1, uploads: 0, rejected: 1 });
    expect(t.emu.files()).toEqual([]);
  });

  it('fails fast on a wrong public key in signed mode', async () => {
    t = await startTestEmulator();
    const [file] = await makeFiles(1);
    const result = await clientFor(t.emu, 'auth-endpoint', {
      publicKey: 'public_wrong',
    }).uploadFile(file!);
    expect(result).toMatchObject({ ok: false, retryable: false, error: { code: 'auth-rejected' } });
    expect(t.emu.stats()).toMatchObject({ requests: 1, uploads: 0 });
  });

  it('uploads end to end through the auth endpoint, one token per request', async () => {
    t = await startTestEmulator();
    const files = await makeFiles(5, '/signed/run');
    const client = clientFor(t.emu, 'auth-endpoint');
    for (const file of files) {
      const result = await client.uploadFile(file);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.uploaded.main.filePath).toMatch(
        /^\/signed\/run\/photo-\d{3}-[0-9a-f]{8}\.webp$/,
      );
      expect(result.uploaded.main.url.startsWith(t.emu.urlEndpoint)).toBe(true);
      const delivered = await fetch(result.uploaded.thumb.url);
      expect(delivered.status).toBe(200);
      expect(new Uint8Array(await delivered.arrayBuffer())).toEqual(file.variants.thumb.data);
    }
    expect(t.emu.files()).toHaveLength(10);
    expect(t.emu.stats().tokens).toEqual({ used: 10, reused: 0 });
    expect(t.emu.files().every((f) => f.tags.join() === 'batch,test')).toBe(true);
  });
});

describe('test connection against the emulator', () => {
  it('accepts the right key and uploads nothing', async () => {
    t = await startTestEmulator();
    const result = await clientFor(t.emu, 'private-key').testConnection();
    expect(result.ok).toBe(true);
    expect(t.emu.stats().uploads).toBe(0);
  });

  it('rejects a wrong key with the same sentence as an upload would', async () => {
    t = await startTestEmulator();
    const result = await clientFor(t.emu, 'private-key', {
      privateKey: 'private_nope',
    }).testConnection();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'auth-rejected',
        message: 'ImageKit rejected the private key (403). Check it in Settings.',
      },
    });
  });

  it('checks the auth endpoint in signed mode', async () => {
    t = await startTestEmulator();
    const result = await clientFor(t.emu, 'auth-endpoint').testConnection();
    expect(result.ok).toBe(true);
    expect(t.emu.stats().requests).toBe(0);
  });

  it('reports an unreachable server', async () => {
    t = await startTestEmulator();
    const client = clientFor(t.emu, 'private-key');
    const host = new URL(t.emu.apiUrl).host;
    await t.close();
    t = null;
    const result = await client.testConnection();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'network',
        message: `Could not reach ImageKit at ${host} (connection refused). Check the internet connection and the API URL in Settings, then press Retry.`,
      },
    });
  });
});
