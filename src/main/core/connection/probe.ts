/**
 * The light check that tells when a server can be reached again: one TCP connection to the
 * origin's host and port, closed at once. No request is sent, so it needs no key and costs
 * the server nothing; name resolution and routing are exercised exactly as an upload would.
 */
import { connect, type LookupFunction } from 'node:net';

/** Resolves true when `origin` accepts a connection; never rejects. */
export type ReachabilityProbe = (origin: string, signal: AbortSignal) => Promise<boolean>;

export interface TcpProbeOptions {
  /** Give up on one connection after this long (default 3 s). */
  readonly timeoutMs?: number;
  /** Name lookup; the system resolver unless given. */
  readonly lookup?: LookupFunction;
}

/** Host and port an origin's connections go to, or null when it is not an http(s) URL. */
export function endpointOf(origin: string): { host: string; port: number } | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  // IPv6 literals come bracketed in URLs; the socket wants them bare.
  return { host: url.hostname.replace(/^\[(.*)\]$/, '$1'), port };
}

/** A probe that opens (and immediately closes) a TCP connection. */
export function tcpProbe(opts: TcpProbeOptions = {}): ReachabilityProbe {
  const timeoutMs = opts.timeoutMs ?? 3_000;
  return (origin, signal) =>
    new Promise<boolean>((resolve) => {
      const endpoint = endpointOf(origin);
      if (!endpoint || signal.aborted) {
        resolve(false);
        return;
      }
      const socket = connect({ ...endpoint, ...(opts.lookup ? { lookup: opts.lookup } : {}) });
      const finish = (reachable: boolean): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        socket.destroy();
        resolve(reachable);
      };
      const onAbort = (): void => finish(false);
      const timer = setTimeout(() => finish(false), timeoutMs);
      socket.once('connect', () => finish(true));
      socket.once('error', () => finish(false));
      signal.addEventListener('abort', onAbort, { once: true });
    });
}
