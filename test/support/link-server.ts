/**
 * A web server on 127.0.0.1 that serves what a test puts at each path: image bytes, a web page,
 * a redirect, anything with any headers. It counts requests, so a test can see a link was
 * downloaded once.
 */
import { createServer, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Socket } from 'node:net';

export interface Served {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: Uint8Array | string;
}

export interface LinkServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Serve `served` at `path` (e.g. "/a.jpg"). */
  put(path: string, served: Served): void;
  /** How many requests each path had. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

function answer(res: ServerResponse, served: Served | undefined): void {
  if (!served) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    return;
  }
  res.writeHead(served.status ?? 200, served.headers ?? {});
  res.end(served.body ?? '');
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startLinkServer(): Promise<LinkServer> {
  const routes = new Map<string, Served>();
  const hits = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    answer(res, routes.get(path));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    put: (path, served) => routes.set(path, served),
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A server on 127.0.0.1 that takes connections and never answers (a hung web server). */
export async function startSilentServer(): Promise<{ origin: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
