/**
 * The local upload server's own defences, on real loopback sockets: wrong keys slow down, stalled
 * clients are closed, and the number of connections is capped without locking the owner out.
 * Uploading is stood in by a function here; the real service is in test/integration.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  startPicgoServer,
  type PicgoOutcome,
  type PicgoServerOptions,
  type RunningPicgoServer,
} from '../../../../../src/main/core/integrations/server';
import { strings } from '../../../../../src/shared/strings';
import { openStalled, within, type StalledClients } from '../../../../support/stalled';

const KEY = 'server_test_key_0123';
const running: RunningPicgoServer[] = [];
const clients: StalledClients[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy();
  for (const s of running.splice(0)) await s.close();
});

const uploaded: PicgoOutcome = { ok: true, urls: ['https://ik.example/a.webp'] };

async function start(
  limits: PicgoServerOptions['limits'],
  upload: PicgoServerOptions['upload'] = async () => uploaded,
): Promise<RunningPicgoServer> {
  const server = await startPicgoServer({ port: 0, key: KEY, upload, limits });
  running.push(server);
  return server;
}

async function post(port: number, key: string): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const res = await fetch(`http://127.0.0.1:${port}/upload?key=${key}`, {
    method: 'POST',
    body: JSON.stringify({ list: ['/tmp/a.png'] }),
  });
  await res.arrayBuffer();
  return { status: res.status, ms: Date.now() - started };
}

describe('the local upload server', () => {
  it('after 10 wrong keys answers wrong keys after a fixed delay, never the right one', async () => {
    const DELAY = 1500;
    const { port } = await start({ wrongKeyDelayMs: DELAY });
    for (let i = 0; i < 10; i++) {
      const wrong = await post(port, `wrong_key_guess_${String(i).padStart(4, '0')}`);
      expect(wrong.status).toBe(403);
      expect(wrong.ms).toBeLessThan(DELAY);
    }
    const order: string[] = [];
    const slowed = post(port, 'wrong_key_guess_0011').then((r) => (order.push('wrong'), r));
    await new Promise((r) => setTimeout(r, 100));
    const owner = await post(port, KEY).then((r) => (order.push('owner'), r));
    expect(owner.status).toBe(200);
    const eleventh = await slowed;
    expect(eleventh.status).toBe(403);
    expect(eleventh.ms).toBeGreaterThanOrEqual(DELAY - 100);
    // The owner's request went past the slowed guess: no lock-out.
    expect(order).toEqual(['owner', 'wrong']);
  });

  it('closes a client stalled in its headers, and one stalled mid-body, once the deadline passes', async () => {
    const { port } = await start({
      headersTimeoutMs: 400,
      requestTimeoutMs: 800,
      bodyDeadlineMs: 400,
    });
    const headers = openStalled({
      port,
      count: 1,
      path: `/upload?key=${KEY}`,
      bodyBytes: 0,
      inHeaders: true,
    });
    const body = openStalled({ port, count: 1, path: `/upload?key=${KEY}`, bodyBytes: 1000 });
    clients.push(headers, body);
    await Promise.all([headers.settled, body.settled]);
    expect(await within(5000, () => headers.open() === 0 && body.open() === 0)).toBe(true);
  });

  it('holds a few connections at most: a new one pushes out the oldest stalled one', async () => {
    const { port } = await start({ maxConnections: 4 });
    const stalled = openStalled({ port, count: 40, path: `/upload?key=${KEY}`, bodyBytes: 64_000 });
    clients.push(stalled);
    await stalled.settled;
    expect(await within(5000, () => stalled.open() <= 4)).toBe(true);
    // The owner gets in all the same.
    const owner = await post(port, KEY);
    expect(owner.status).toBe(200);
    expect(stalled.open()).toBeLessThanOrEqual(4);
  });

  it('refuses a connection beyond the cap when every one holds a request being served', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let serving = 0;
    const { port } = await start({ maxConnections: 2 }, async () => {
      serving += 1;
      await gate;
      return uploaded;
    });
    const first = post(port, KEY);
    const second = post(port, KEY);
    // Both requests are being served (a fixed wait could end before a busy machine got there).
    expect(await within(5000, () => serving === 2)).toBe(true);
    await expect(post(port, KEY)).rejects.toThrow();
    release();
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await post(port, KEY)).status).toBe(200);
  });

  it('still refuses a body over the cap with a sentence', async () => {
    const { port } = await start({});
    const res = await fetch(`http://127.0.0.1:${port}/upload?key=${KEY}`, {
      method: 'POST',
      body: 'x'.repeat(2 * 1024 * 1024),
    }).catch(() => null);
    if (res) expect(await res.json()).toEqual({ success: false, message: strings.picgo.tooLarge });
  });
});
