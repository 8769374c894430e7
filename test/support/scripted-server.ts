/**
 * A real HTTP server on 127.0.0.1 that answers like ImageKit's docs say, except for replies a
 * test scripts in advance (an error status, a reset socket, a stall). It records every request
 * so tests can check exactly what the client sent.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import busboy from 'busboy';

export type Scripted =
  | { readonly status: number; readonly body?: unknown; readonly headers?: Record<string, string> }
  | { readonly reset: true }
  | { readonly stall: true }
  /** Answer as a healthy server would. */
  | { readonly pass: true };

export interface Recorded {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  /** Multipart fields in the order they arrived; the file part appears as "file". */
  readonly fields: readonly (readonly [string, string])[];
  readonly fileBytes: number;
}

export interface ScriptedServer {
  readonly origin: string;
  readonly requests: Recorded[];
  /** Replies for the next upload requests, in order; afterwards uploads succeed. */
  script(...replies: Scripted[]): void;
  /** Replies for the auth endpoint (GET /auth), in order; afterwards fresh tokens. */
  scriptAuth(...replies: Scripted[]): void;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

function readMultipart(
  req: IncomingMessage,
): Promise<{ fields: [string, string][]; fileBytes: number }> {
  return new Promise((resolve, reject) => {
    const fields: [string, string][] = [];
    let fileBytes = 0;
    const bb = busboy({ headers: req.headers });
    bb.on('field', (name, value) => fields.push([name, value]));
    bb.on('file', (name, stream, info) => {
      fields.push([name, info.filename ?? '']);
      stream.on('data', (chunk: Buffer) => (fileBytes += chunk.length));
    });
    bb.on('close', () => resolve({ fields, fileBytes }));
    bb.on('error', reject);
    req.pipe(bb);
  });
}

/** Starts the server on a free port. */
export async function startScriptedServer(): Promise<ScriptedServer> {
  const uploads: Scripted[] = [];
  const auth: Scripted[] = [];
  const requests: Recorded[] = [];
  const sockets = new Set<Socket>();
  let tokens = 0;

  const apply = (res: ServerResponse, reply: Scripted): void => {
    if ('pass' in reply) return;
    if ('reset' in reply) res.socket?.destroy();
    else if ('status' in reply) send(res, reply.status, reply.body ?? {}, reply.headers);
    // A stall answers nothing; the socket is destroyed when the client gives up or on close.
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const record = (fields: [string, string][] = [], fileBytes = 0): void => {
      requests.push({
        method: req.method ?? '',
        path: url.pathname + url.search,
        headers: req.headers,
        fields,
        fileBytes,
      });
    };
    if (req.method === 'GET' && url.pathname === '/auth') {
      record();
      const reply = auth.shift();
      if (reply && !('pass' in reply)) return apply(res, reply);
      tokens += 1;
      return send(res, 200, {
        token: `tok-${tokens}`,
        expire: Math.floor(Date.now() / 1000) + 600,
        signature: 'ab'.repeat(20),
      });
    }
    if (req.method === 'GET') {
      record();
      return send(res, 200, []);
    }
    void readMultipart(req).then(({ fields, fileBytes }) => {
      record(fields, fileBytes);
      const reply = uploads.shift();
      if (reply && !('pass' in reply)) return apply(res, reply);
      const get = (k: string): string => fields.find(([n]) => n === k)?.[1] ?? '';
      const name = get('fileName');
      const filePath = `${get('folder').replace(/\/+$/, '')}/${name}`;
      send(res, 200, {
        fileId: `id-${name}`,
        name,
        filePath,
        url: `${origin}/demo${filePath}`,
        size: fileBytes,
      });
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    script: (...replies) => void uploads.push(...replies),
    scriptAuth: (...replies) => void auth.push(...replies),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
