/**
 * The local upload server: plain node:http on 127.0.0.1 only, speaking the PicGo protocol that
 * Typora and Obsidian's image plugins use. What a request does is up to `upload`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strings } from '../../../shared/strings';
import {
  checkHead,
  isRefusal,
  MAX_BODY_BYTES,
  parseBody,
  type KeyWords,
  type PicgoRequest,
  type Refusal,
} from './picgo-request';

/** What an accepted request comes to: every main URL in list order, or the first failure. */
export type PicgoOutcome =
  | { readonly ok: true; readonly urls: readonly string[] }
  | { readonly ok: false; readonly message: string };

export interface PicgoServerOptions {
  /** 0 asks the system for a free port. */
  readonly port: number;
  /** Empty: no key is asked. */
  readonly key: string;
  /** Uploads what the request names and resolves once every file is finished. */
  readonly upload: (request: PicgoRequest) => Promise<PicgoOutcome>;
  /** What a caller without the right key is told; the app's Settings words by default. */
  readonly keyWords?: KeyWords;
}

export interface RunningPicgoServer {
  readonly port: number;
  close(): Promise<void>;
}

/** Listening failed; `message` is the sentence for Settings or the terminal. */
export class ListenError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'ListenError';
  }
}

function reply(res: ServerResponse, status: number, body: object): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(text);
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  reply(res, refusal.status, { success: false, message: refusal.message });
}

/** Reads the body up to the cap; null when it is larger (the rest is not read). */
function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  opts: PicgoServerOptions,
): Promise<void> {
  const header = (name: string): string | undefined => {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const refusal = checkHead(
    {
      method: req.method ?? '',
      url: req.url ?? '/',
      host: header('host'),
      origin: header('origin'),
      secFetchSite: header('sec-fetch-site'),
    },
    opts.key,
    opts.keyWords,
  );
  if (refusal) {
    res.setHeader('connection', 'close');
    return refuse(res, refusal);
  }
  const body = await readBody(req);
  if (body === null) {
    res.setHeader('connection', 'close');
    return refuse(res, { status: 413, message: strings.picgo.tooLarge });
  }
  const request = parseBody(body);
  if (isRefusal(request)) return refuse(res, request);
  const outcome = await opts.upload(request);
  if (outcome.ok) reply(res, 200, { success: true, result: outcome.urls });
  else reply(res, 200, { success: false, message: outcome.message });
}

/** Start listening on 127.0.0.1 (never any other address); rejects with a ListenError. */
export function startPicgoServer(opts: PicgoServerOptions): Promise<RunningPicgoServer> {
  const server = createServer((req, res) => {
    handle(req, res, opts).catch(() => {
      if (!res.headersSent) refuse(res, { status: 500, message: strings.picgo.internal });
      else res.destroy();
    });
  });
  server.requestTimeout = 0; // an upload of many files may take minutes; clients set their own
  server.headersTimeout = 10_000;
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const message =
        err.code === 'EADDRINUSE'
          ? strings.picgo.portInUse(opts.port)
          : strings.picgo.cannotListen(opts.port, err.code ?? err.message);
      reject(new ListenError(message, err.code));
    });
    server.listen({ host: '127.0.0.1', port: opts.port, exclusive: true }, () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
