import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { ImageKitClient, createUploader } from '../../../../../src/main/core/imagekit';
import { DEFAULT_SETTINGS } from '../../../../../src/shared/settings';
import type { ScriptedServer } from '../../../../support/scripted-server';
import { useScriptedServer } from '../../../../support/imagekit-fixture';

const KEY = 'private_conn_test_key';
let server: ScriptedServer;
useScriptedServer((started) => (server = started));

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const withKey = (apiUrl: string, privateKey = KEY): ImageKitClient =>
  new ImageKitClient({
    uploadUrl: `${apiUrl}/api/v1/files/upload`,
    apiUrl,
    credentials: { mode: 'private-key', privateKey },
  });

describe('testConnection', () => {
  it('lists one file with the key and uploads nothing', async () => {
    const result = await withKey(server.origin).testConnection();
    expect(result).toEqual({
      ok: true,
      message: `Connected to ImageKit at ${server.origin.slice(7)}; the private key works.`,
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/v1/files?limit=1' });
    expect(server.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${KEY}:`).toString('base64')}`,
    );
  });

  it('says the key was rejected', async () => {
    // The config's fetch answers like ImageKit does for a wrong key.
    const rejecting = new ImageKitClient({
      uploadUrl: `${server.origin}/api/v1/files/upload`,
      apiUrl: server.origin,
      credentials: { mode: 'private-key', privateKey: KEY },
      fetch: async () =>
        new Response(JSON.stringify({ message: 'Your account cannot be authenticated.' }), {
          status: 403,
          headers: { 'content-type': 'application/json' },
        }),
    });
    expect(await rejecting.testConnection()).toEqual({
      ok: false,
      error: {
        code: 'auth-rejected',
        message: 'ImageKit rejected the private key (403). Check it in Settings.',
      },
    });
  });

  it('says when the server cannot be reached', async () => {
    const port = await closedPort();
    const result = await withKey(`http://127.0.0.1:${port}`).testConnection();
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'network',
        message: `Could not reach ImageKit at 127.0.0.1:${port} (connection refused). Check the internet connection and the API URL in Settings, then press Retry.`,
      },
    });
  });

  it('checks an auth endpoint by fetching one token, without contacting ImageKit', async () => {
    const c = new ImageKitClient({
      uploadUrl: 'http://127.0.0.1:9/never',
      apiUrl: 'http://127.0.0.1:9',
      credentials: {
        mode: 'auth-endpoint',
        authEndpoint: `${server.origin}/auth`,
        publicKey: 'public_x',
      },
    });
    const result = await c.testConnection();
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.message).toMatch(/answered with a signed token.*first upload/);
    expect(server.requests.map((r) => r.path)).toEqual(['/auth']);
  });

  it('reports missing settings without any request', async () => {
    const noKey = createUploader(DEFAULT_SETTINGS, null);
    expect(await noKey.testConnection()).toEqual({
      ok: false,
      error: {
        code: 'not-configured',
        message: 'No private key is set. Add it in Settings, or switch to an auth endpoint.',
      },
    });
    const noEndpoint = createUploader(
      {
        ...DEFAULT_SETTINGS,
        connection: { ...DEFAULT_SETTINGS.connection, authMode: 'auth-endpoint', publicKey: 'p' },
      },
      null,
    );
    const r = await noEndpoint.uploadFile({
      sourceName: 'a.jpg',
      sourceHash: '0'.repeat(64),
      folder: '/',
      tags: [],
      variants: {
        main: { variant: 'main', data: new Uint8Array(1), format: 'webp' },
        thumb: { variant: 'thumb', data: new Uint8Array(1), format: 'png' },
      },
    });
    expect(r).toMatchObject({ ok: false, retryable: false, error: { code: 'not-configured' } });
  });
});
