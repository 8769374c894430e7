/**
 * Clients that stop half-way, on real loopback sockets: what a program that wants to tie the
 * local upload server up would send.
 */
import { connect, type Socket } from 'node:net';

export interface StalledClients {
  readonly sockets: readonly Socket[];
  /** How many of them the server has not closed. */
  open(): number;
  /** Resolves once every client has written all it meant to, or was closed. */
  readonly settled: Promise<void>;
  destroy(): void;
}

export interface StallOptions {
  readonly port: number;
  readonly count: number;
  /** Request path and query, e.g. /upload?key=... */
  readonly path: string;
  /** Bytes of body each sends before stopping. */
  readonly bodyBytes: number;
  /** The Content-Length each declares (more than it sends; twice as much unless given). */
  readonly declaredBytes?: number;
  /** Send only part of the headers instead (a client that never finishes them). */
  readonly inHeaders?: boolean;
}

/** Opens `count` connections that each send a request head (and part of a body), then stop. */
export function openStalled(opts: StallOptions): StalledClients {
  const body = Buffer.alloc(opts.bodyBytes, 0x20);
  const closed = new Set<Socket>();
  const sockets: Socket[] = [];
  const done: Array<Promise<void>> = [];
  for (let i = 0; i < opts.count; i++) {
    const socket = connect({ host: '127.0.0.1', port: opts.port });
    sockets.push(socket);
    socket.on('error', () => {});
    socket.on('data', () => {});
    done.push(
      new Promise<void>((resolve) => {
        socket.once('close', () => {
          closed.add(socket);
          resolve();
        });
        socket.once('connect', () => {
          const head =
            `POST ${opts.path} HTTP/1.1\r\nHost: 127.0.0.1:${opts.port}\r\n` +
            'Content-Type: application/json\r\n';
          if (opts.inHeaders) {
            socket.write(head, () => resolve());
            return;
          }
          socket.write(
            `${head}Content-Length: ${opts.declaredBytes ?? opts.bodyBytes * 2}\r\n\r\n`,
          );
          socket.write(body, () => resolve());
        });
      }),
    );
  }
  return {
    sockets,
    open: () => sockets.length - closed.size,
    settled: Promise.all(done).then(() => undefined),
    destroy: () => sockets.forEach((s) => s.destroy()),
  };
}

/** Resolves with true once `check` holds, or false after `ms`. */
export async function within(ms: number, check: () => boolean): Promise<boolean> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 25));
  }
  return true;
}
