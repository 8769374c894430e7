import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { endpointOf, tcpProbe } from '../../../../../src/main/core/connection/probe';
import { ConnectionWatch } from '../../../../../src/main/core/connection/watch';
import { closedPort, unresolvable } from './sockets';

const servers: Server[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((r) => s.close(() => r()));
});

async function listen(port = 0): Promise<number> {
  const s = createServer((socket) => socket.destroy());
  servers.push(s);
  await new Promise<void>((r) => s.listen(port, '127.0.0.1', r));
  return (s.address() as AddressInfo).port;
}

const live = (): AbortSignal => new AbortController().signal;

describe('tcpProbe', () => {
  it('says yes when something listens and no when the port is closed', async () => {
    const probe = tcpProbe();
    expect(await probe(`http://127.0.0.1:${await listen()}`, live())).toBe(true);
    expect(await probe(`http://127.0.0.1:${await closedPort()}`, live())).toBe(false);
  });

  it('says no for a name that does not resolve, and for an aborted check', async () => {
    const port = await listen();
    expect(await tcpProbe({ lookup: unresolvable })('https://upload.invalid', live())).toBe(false);
    const stopped = new AbortController();
    stopped.abort();
    expect(await tcpProbe()(`http://127.0.0.1:${port}`, stopped.signal)).toBe(false);
    expect(await tcpProbe()('not a url', live())).toBe(false);
  });

  it('connects where an upload would: default ports and bare IPv6 hosts', () => {
    expect(endpointOf('https://upload.imagekit.io')).toEqual({
      host: 'upload.imagekit.io',
      port: 443,
    });
    expect(endpointOf('http://[::1]:8080')).toEqual({ host: '::1', port: 8080 });
    expect(endpointOf('ftp://example')).toBeNull();
  });
});

describe('ConnectionWatch', () => {
  it('stays offline while the server is down and notices within the probe pace when it is back', async () => {
    const port = await closedPort();
    const origin = `http://127.0.0.1:${port}`;
    const changes: Array<string> = [];
    const watch = new ConnectionWatch({
      probe: tcpProbe(),
      firstDelayMs: 20,
      maxDelayMs: 80,
      now: () => 42,
      onChange: () => changes.push(watch.offline ? 'offline' : 'online'),
    });
    watch.lost(origin, 'connection refused');
    watch.lost(origin, 'connection refused');
    expect(watch.offline).toEqual({ since: 42, origins: [origin], detail: 'connection refused' });
    await new Promise((r) => setTimeout(r, 300));
    expect(watch.offline).not.toBeNull();
    expect(changes).toEqual(['offline']);

    await listen(port);
    const backAt = Date.now();
    while (watch.offline && Date.now() - backAt < 2_000)
      await new Promise((r) => setTimeout(r, 10));
    expect(watch.offline).toBeNull();
    // The probe pace is capped at 80 ms here; a second is a wide margin for a busy machine.
    expect(Date.now() - backAt).toBeLessThan(1_000);
    expect(changes).toEqual(['offline', 'online']);
    watch.close();
  });

  it('waits for every server that was unreachable, and stops probing on reset', async () => {
    const up = `http://127.0.0.1:${await listen()}`;
    const down = `http://127.0.0.1:${await closedPort()}`;
    const probed: string[] = [];
    const probe = tcpProbe();
    const watch = new ConnectionWatch({
      probe: (o, s) => {
        probed.push(o);
        return probe(o, s);
      },
      firstDelayMs: 10,
      maxDelayMs: 20,
      now: () => 0,
      onChange: () => {},
    });
    watch.lost(up, 'connection refused');
    watch.lost(down, 'address not found');
    await new Promise((r) => setTimeout(r, 150));
    expect(watch.offline?.origins).toEqual([up, down]);
    expect(probed).toContain(down);
    watch.reset();
    expect(watch.offline).toBeNull();
    const count = probed.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(probed.length).toBe(count);
    watch.close();
  });
});
