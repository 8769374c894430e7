import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { APIConnectionError } from '@imagekit/nodejs';
import { ImageKitClient } from '../../../../../src/main/core/imagekit';
import type { ClientConfig } from '../../../../../src/main/core/imagekit';
import { failureFrom } from '../../../../../src/main/core/imagekit/failures';
import { closedPort, unresolvable } from '../connection/sockets';
import type { ScriptedServer } from '../../../../support/scripted-server';
import { startScriptedServer } from '../../../../support/scripted-server';
import { uploadInput } from '../../../../support/imagekit-fixture';

const KEY = 'private_offline_test';
let server: ScriptedServer;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(async () => {
  await server.close();
});

const file = uploadInput(
  { sourceName: 'dune.jpg', sourceHash: 'abcd0000'.padEnd(64, '7'), folder: '/desert' },
  new Uint8Array(20_000).fill(3),
  new Uint8Array(700).fill(4),
);

function client(origin: string, extra: Partial<ClientConfig> = {}): ImageKitClient {
  return new ImageKitClient({
    uploadUrl: `${origin}/api/v1/files/upload`,
    apiUrl: origin,
    credentials: { mode: 'private-key', privateKey: KEY },
    retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 10, deadlineMs: 10_000 },
    random: () => 0.5,
    ...extra,
  });
}

/**
 * fetch as undici runs it, up to the socket: a real connection is opened first (with the given
 * resolver), and a failure comes back the way fetch reports it, "fetch failed" with the socket
 * error as its cause.
 */
function fetchResolvingWith(lookup: typeof unresolvable): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    await new Promise<void>((resolve, reject) => {
      const socket = connect({ host: url.hostname, port: Number(url.port || 80), lookup });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', reject);
    }).catch((cause: unknown) => {
      throw new TypeError('fetch failed', { cause });
    });
    return fetch(input, init);
  };
}

const posts = (): number => server.requests.filter((r) => r.method === 'POST').length;

describe('offline: the server cannot be reached at all', () => {
  it('a refused connection stops at once: no retry, no attempt and no deadline time spent', async () => {
    const port = await closedPort();
    const sleeps: number[] = [];
    const result = await client(`http://127.0.0.1:${port}`, {
      sleep: async (ms) => void sleeps.push(ms),
      now: () => 1_000,
    }).uploadFile(file);
    expect(result).toMatchObject({
      ok: false,
      retryable: true,
      error: { code: 'network' },
      uploaded: {},
      offline: {
        origin: `http://127.0.0.1:${port}`,
        detail: 'connection refused',
        spent: { elapsedMs: 0, attempts: { main: 0 } },
      },
    });
    expect(sleeps).toEqual([]);
  });

  it('a name that does not resolve is offline too', async () => {
    const result = await client('http://uploads.invalid', {
      fetch: fetchResolvingWith(unresolvable),
    }).uploadFile(file);
    expect(result).toMatchObject({
      ok: false,
      offline: { origin: 'http://uploads.invalid', detail: 'address not found' },
    });
  });

  it('signed uploads wait for an auth endpoint that cannot be reached, and name it', async () => {
    const port = await closedPort();
    const result = await client(server.origin, {
      credentials: {
        mode: 'auth-endpoint',
        authEndpoint: `http://127.0.0.1:${port}/auth`,
        publicKey: 'public_x',
      },
    }).uploadFile(file);
    expect(result).toMatchObject({
      ok: false,
      offline: { origin: `http://127.0.0.1:${port}`, detail: 'connection refused' },
    });
    expect(posts()).toBe(0);
  });

  it('keeps the variant already stored when the connection goes between the two', async () => {
    server.script({ pass: true });
    const sent: string[] = [];
    const c = client(server.origin, {
      fetch: async (input, init) => {
        if (String(input).includes('/files/upload')) sent.push(String(input));
        // The thumbnail goes after main: stop the server as soon as main is stored.
        if (sent.length === 2) await server.close();
        return fetch(input, init);
      },
    });
    const result = await c.uploadFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.offline?.detail).toBe('connection refused');
    expect(result.uploaded.main?.name).toMatch(/^dune-abcd0000\.webp$/);
    expect(result.uploaded.thumb).toBeUndefined();
  });
});

describe('what is not offline keeps the retry rules', () => {
  it('a reset after connecting is retried as a network problem', async () => {
    server.script({ reset: true });
    const result = await client(server.origin, { sleep: async () => {} }).uploadFile(file);
    expect(result.ok).toBe(true);
    expect(posts()).toBe(3);
  });

  it('503 and 429 are retried with backoff, and fail when the tries run out', async () => {
    server.script({ status: 503 }, { status: 429 }, { status: 503 });
    const sleeps: number[] = [];
    const result = await client(server.origin, {
      sleep: async (ms) => void sleeps.push(ms),
    }).uploadFile(file);
    expect(result).toMatchObject({ ok: false, error: { code: 'server-error' } });
    expect(result.ok || result.offline).toBeFalsy();
    expect(sleeps).toHaveLength(2);
  });

  it.each([
    ['ECONNREFUSED', 'offline'],
    ['ENOTFOUND', 'offline'],
    ['EAI_AGAIN', 'offline'],
    ['ENETUNREACH', 'offline'],
    ['EHOSTUNREACH', 'offline'],
    ['UND_ERR_CONNECT_TIMEOUT', 'offline'],
    ['ECONNRESET', 'network'],
    ['EPIPE', 'network'],
    ['ETIMEDOUT', 'network'],
    ['UND_ERR_SOCKET', 'network'],
  ])('%s is %s', (code, kind) => {
    const cause = new TypeError('fetch failed', {
      cause: Object.assign(new Error('x'), { code }),
    });
    expect(failureFrom(new APIConnectionError({ cause }), 'upload', 0).kind).toBe(kind);
    expect(failureFrom(cause, 'auth-endpoint', 0).kind).toBe(kind);
  });
});

describe('the budget carries over an offline wait', () => {
  it('counts the tries and time before the connection went, not the offline try', async () => {
    let clock = 5_000;
    const sleeps: number[] = [];
    server.script({ status: 503 });
    const first = await client(server.origin, {
      now: () => clock,
      sleep: async (ms) => {
        sleeps.push(ms);
        clock += ms;
        // The connection goes while waiting for the second try.
        await server.close();
      },
    }).uploadFile(file);
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.offline?.spent).toEqual({ elapsedMs: sleeps[0], attempts: { main: 1 } });

    // Back online (a new server): the next call starts at try 2 of 3, so two more 503s end it.
    server = await startScriptedServer();
    server.script({ status: 503 }, { status: 503 }, { status: 503 });
    const second = await client(server.origin, { sleep: async () => {} }).uploadFile(file, {
      spent: first.offline?.spent,
    });
    expect(second).toMatchObject({ ok: false, error: { code: 'server-error' } });
    if (second.ok) return;
    expect(second.error.message).toContain('tried 3 times');
    expect(posts()).toBe(2);
  });

  it('a budget already used up ends the call before any request', async () => {
    const result = await client(server.origin).uploadFile(file, {
      spent: { elapsedMs: 10_000, attempts: {} },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'deadline' } });
    expect(posts()).toBe(0);
  });
});
