/**
 * The local upload server: plain node:http on 127.0.0.1 only, speaking the PicGo protocol that
 * Typora and Obsidian's image plugins use. What a request does is up to `upload`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { strings } from '../../../shared/strings';
import { ConnectionGuard } from './connections';
import { WrongKeyPacer } from './key-pacer';
import {
  checkHead,
  isRefusal,
  MAX_BODY_BYTES,
  parseBody,
  type KeyWords,
  type PicgoRequest,
  type Refusal,
} from './picgo-request';

/**
 * What an accepted request comes to: every main URL in list order, or the first failure, with
 * the HTTP status when it is not 200 (429 when the server added too many files).
 */
export type PicgoOutcome =
  | { readonly ok: true; readonly urls: readonly string[] }
  | {
      readonly ok: false;
      readonly message: string;
      readonly status?: number;
      /** Links of the request's files that did upload (for a log; the caller gets `message`). */
      readonly uploaded?: ReadonlyArray<{ readonly path: string; readonly url: string }>;
    };

/** What the server allows a client; tests narrow them, the defaults are SERVER_LIMITS. */
export interface ServerLimits {
  /** Connections held at once (a new one pushes out the oldest that is not being served). */
  readonly maxConnections: number;
  /** Time to send the request's headers. */
  readonly headersTimeoutMs: number;
  /** Time to send the whole request, headers and body (not the time the upload takes). */
  readonly requestTimeoutMs: number;
  /** How long an idle kept-alive connection stays open. */
  readonly keepAliveTimeoutMs: number;
  /** Time to send the body once the headers are in. */
  readonly bodyDeadlineMs: number;
  /** Wrong keys from a client answered at once; after that each waits `wrongKeyDelayMs`. */
  readonly wrongKeysBeforeDelay: number;
  readonly wrongKeyDelayMs: number;
}

/** A writing tool sends one small request per image or paste; these leave plenty of room. */
export const SERVER_LIMITS: ServerLimits = {
  maxConnections: 16,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  bodyDeadlineMs: 10_000,
  wrongKeysBeforeDelay: 10,
  wrongKeyDelayMs: 1_000,
};

/** How long a client that stopped guessing keys is remembered. */
const FORGET_GUESSES_MS = 10 * 60_000;

export interface PicgoServerOptions {
  /** 0 asks the system for a free port. */
  readonly port: number;
  /** Empty: no key is asked. */
  readonly key: string;
  /**
   * Uploads what the request names and resolves once every file is finished; `keyed` says
   * whether this server asks for a key.
   */
  readonly upload: (request: PicgoRequest, keyed: boolean) => Promise<PicgoOutcome>;
  readonly limits?: Partial<ServerLimits>;
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

/**
 * Reads the body up to the cap and the deadline; null when it is larger (the rest is not read)
 * or late (the connection is closed).
 */
function readBody(req: IncomingMessage, deadlineMs: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) return resolve(null);
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (): void => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      req.pause();
      chunks.length = 0;
      resolve(null);
    };
    const timer = setTimeout(() => {
      stop();
      req.socket.destroy();
    }, deadlineMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) return stop();
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    req.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

interface ServerParts {
  readonly opts: PicgoServerOptions;
  readonly limits: ServerLimits;
  readonly guard: ConnectionGuard;
  readonly pacer: WrongKeyPacer;
}

function headerOf(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  parts: ServerParts,
): Promise<void> {
  const { opts, limits } = parts;
  const refusal = checkHead(
    {
      method: req.method ?? '',
      url: req.url ?? '/',
      host: headerOf(req, 'host'),
      origin: headerOf(req, 'origin'),
      secFetchSite: headerOf(req, 'sec-fetch-site'),
    },
    opts.key,
    opts.keyWords,
  );
  if (refusal) {
    res.setHeader('connection', 'close');
    if (refusal.wrongKey) {
      const wait = parts.pacer.wrongKey(req.socket.remoteAddress ?? '');
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      if (res.destroyed) return;
    }
    return refuse(res, refusal);
  }
  const body = await readBody(req, limits.bodyDeadlineMs);
  if (body === null) {
    res.setHeader('connection', 'close');
    if (res.destroyed) return;
    return refuse(res, { status: 413, message: strings.picgo.tooLarge });
  }
  const request = parseBody(body);
  if (isRefusal(request)) return refuse(res, request);
  // From here on the connection carries real work: it is not pushed out for a new one.
  const done = parts.guard.serving(req.socket);
  res.once('close', done);
  try {
    const outcome = await opts.upload(request, opts.key !== '');
    if (outcome.ok) reply(res, 200, { success: true, result: outcome.urls });
    else reply(res, outcome.status ?? 200, { success: false, message: outcome.message });
  } finally {
    done();
  }
}

/** Start listening on 127.0.0.1 (never any other address); rejects with a ListenError. */
export function startPicgoServer(opts: PicgoServerOptions): Promise<RunningPicgoServer> {
  const limits = { ...SERVER_LIMITS, ...opts.limits };
  const parts: ServerParts = {
    opts,
    limits,
    guard: new ConnectionGuard(limits.maxConnections),
    pacer: new WrongKeyPacer({
      freeTries: limits.wrongKeysBeforeDelay,
      delayMs: limits.wrongKeyDelayMs,
      forgetAfterMs: FORGET_GUESSES_MS,
    }),
  };
  // An upload of many files may take minutes: the timeouts bound receiving the request only.
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for requests past those timeouts.
      connectionsCheckingInterval: Math.min(1000, Math.ceil(limits.headersTimeoutMs / 4)),
    },
    (req, res) => {
      handle(req, res, parts).catch(() => {
        if (!res.headersSent) refuse(res, { status: 500, message: strings.picgo.internal });
        else res.destroy();
      });
    },
  );
  server.on('connection', (socket) => parts.guard.admit(socket));
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
