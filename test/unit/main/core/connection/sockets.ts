/** Real sockets for offline tests: a port nothing listens on, and a name that never resolves. */
import { createServer, type LookupFunction } from 'node:net';
import type { AddressInfo } from 'node:net';

/** A loopback port that was free a moment ago: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/**
 * A resolver that answers every name with ENOTFOUND, as getaddrinfo does for an unknown host,
 * without asking any DNS server: tests send no traffic off this machine.
 */
export const unresolvable: LookupFunction = (hostname, _options, callback) => {
  const err = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), {
    code: 'ENOTFOUND',
    syscall: 'getaddrinfo',
    hostname,
  });
  process.nextTick(() => callback(err, '', 4));
};
