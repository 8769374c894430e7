import { describe, expect, it } from 'vitest';
import { ImageKitClient } from '../../../../../src/main/core/imagekit';
import type { ScriptedServer } from '../../../../support/scripted-server';
import { uploadInput, useScriptedServer } from '../../../../support/imagekit-fixture';

let server: ScriptedServer;
useScriptedServer((started) => (server = started));

function signedClient(attempts = 3): ImageKitClient {
  return new ImageKitClient({
    uploadUrl: `${server.origin}/api/v1/files/upload`,
    apiUrl: server.origin,
    credentials: {
      mode: 'auth-endpoint',
      authEndpoint: `${server.origin}/auth`,
      publicKey: 'public_team',
    },
    retry: { attempts, baseDelayMs: 1, maxDelayMs: 2, attemptTimeoutMs: 5_000 },
  });
}

const file = uploadInput(
  { sourceName: 'dog.png', sourceHash: 'c0ffee00'.padEnd(64, '1'), folder: '/' },
  new Uint8Array(2_000),
  new Uint8Array(500),
);

const posts = (): ScriptedServer['requests'] => server.requests.filter((r) => r.method === 'POST');
const field = (r: ScriptedServer['requests'][number], name: string): string | undefined =>
  r.fields.find(([n]) => n === name)?.[1];

describe('signed uploads through an auth endpoint', () => {
  it('sends publicKey, token, expire and signature, and no Authorization header', async () => {
    const result = await signedClient().uploadFile(file);
    expect(result.ok).toBe(true);
    for (const r of posts()) {
      expect(r.headers.authorization).toBeUndefined();
      expect(field(r, 'publicKey')).toBe('public_team');
      expect(field(r, 'signature')).toBe('ab'.repeat(20));
      expect(Number(field(r, 'expire'))).toBeGreaterThan(Date.now() / 1000);
      expect(field(r, 'tags')).toBeUndefined();
    }
  });

  it('fetches a fresh token for every attempt, retries included', async () => {
    server.script({ status: 500 }, { reset: true });
    const result = await signedClient().uploadFile(file);
    expect(result.ok).toBe(true);
    const tokens = posts().map((r) => field(r, 'token'));
    expect(tokens).toHaveLength(4);
    expect(new Set(tokens).size).toBe(4);
    expect(server.requests.filter((r) => r.path === '/auth')).toHaveLength(4);
  });

  it('refuses to reuse a token the endpoint hands out twice', async () => {
    const same = {
      status: 200,
      body: { token: 'fixed', expire: 1_900_000_000, signature: 'ab'.repeat(20) },
    };
    server.scriptAuth(same, same, same, same);
    const result = await signedClient().uploadFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('auth-rejected');
    expect(result.error.message).toMatch(/handed out a token it had given before/);
    expect(posts().map((r) => field(r, 'token'))).toEqual(['fixed']);
  });

  it('does not retry when the auth endpoint refuses or answers nonsense', async () => {
    server.scriptAuth({ status: 403, body: { error: 'nope' } });
    const refused = await signedClient().uploadFile(file);
    expect(refused).toMatchObject({
      ok: false,
      retryable: false,
      error: { code: 'auth-rejected' },
    });

    server.scriptAuth({ status: 200, body: { token: 'x' } });
    const nonsense = await signedClient().uploadFile(file);
    expect(nonsense).toMatchObject({
      ok: false,
      retryable: false,
      error: { code: 'not-configured' },
    });
    expect(posts()).toHaveLength(0);
  });

  it('retries when the auth endpoint has a passing failure', async () => {
    server.scriptAuth({ status: 503 }, { reset: true });
    const result = await signedClient().uploadFile(file);
    expect(result.ok).toBe(true);
    expect(posts()).toHaveLength(2);
  });
});
