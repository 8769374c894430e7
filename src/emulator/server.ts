import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { Socket } from 'node:net';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { StatsCounter } from './context';
import type { Context } from './context';
import { FaultPlan } from './faults';
import { ApiError, MESSAGES, sendError } from './http-reply';
import { IndexWriter, loadIndex } from './index-file';
import { TokenLedger } from './ledger';
import { handleControl } from './route-control';
import { handleDelete } from './route-delete';
import { handleDetails } from './route-details';
import { handleFile, handleList } from './route-read';
import { handleCreateField, handleListFields } from './route-fields';
import { handleUpload } from './route-upload';
import { MetadataFields } from './metadata-fields';
import { Urls, storedFile } from './shapes';
import { FileStore } from './store';
import type { EmulatorOptions, FaultOptions, Inspector, RunningEmulator } from './types';
import { Uplink } from './uplink';

/** ImageKit's free-plan limit for images, audio and raw files. */
export const DEFAULT_MAX_UPLOAD_BYTES = 25 * 1024 * 1024;
const RESERVED_ENDPOINT_IDS = new Set(['api', 'v1', '__emulator']);

/**
 * Starts the emulator on loopback with `inspect` reading uploads; resolves once it is listening.
 * The barrel's startEmulator passes sharp's reading; the app's test server a header reader.
 */
export async function startEmulatorWith(
  opts: EmulatorOptions,
  inspect: Inspector,
): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  if (!isLoopback(host)) {
    throw new Error(`The emulator only listens on this machine (loopback), not on "${host}".`);
  }
  const urlEndpointId = opts.urlEndpointId ?? 'demo';
  if (!/^[A-Za-z0-9_-]+$/.test(urlEndpointId) || RESERVED_ENDPOINT_IDS.has(urlEndpointId)) {
    throw new Error(`"${urlEndpointId}" cannot be a URL endpoint id; use letters, digits, _ or -.`);
  }
  if (!opts.privateKey || !opts.publicKey) throw new Error('Both keys must be non-empty.');
  const dataDir = resolve(opts.dataDir);
  await mkdir(dataDir, { recursive: true });
  // Parts of files a crash left half-written; the library never points at them.
  await rm(join(dataDir, 'tmp'), { recursive: true, force: true });
  const saved = await loadIndex(dataDir);
  const store = new FileStore(dataDir, saved.files);
  const fields = new MetadataFields(saved.customMetadataFields ?? []);
  const log = opts.log ?? (() => {});
  const index = new IndexWriter(dataDir, () => ({
    version: 1,
    files: store.all(),
    tokens: ledger.toPersist(),
    customMetadataFields: fields.all(),
  }));
  // Tokens are saved in the background: losing the last few in a crash only weakens replay
  // checks across a restart, while waiting would slow every upload.
  const ledger = new TokenLedger(saved.tokens, () => {
    index.save().catch((error: unknown) => log(`could not save the index: ${String(error)}`));
  });
  const faults = new FaultPlan(opts.faults);
  const server = createServer({ keepAliveTimeout: 5000 });
  const port = await listen(server, host, opts.port ?? 0);
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const ownHost = (header: string | undefined): boolean => isOwnHost(header, port);
  const ctx: Context = {
    keys: { privateKey: opts.privateKey, publicKey: opts.publicKey },
    urlEndpointId,
    urls: new Urls(`${origin}/${urlEndpointId}`),
    store,
    fields,
    ledger,
    index,
    faults,
    stats: new StatsCounter(),
    maxUploadBytes: opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
    inspect,
    uplink: opts.uplinkBytesPerSecond ? new Uplink(opts.uplinkBytesPerSecond) : null,
    stalled: new Set<Socket>(),
    log,
  };
  const setFaults = (f: FaultOptions): void => {
    faults.set(f);
    log(`faults set (seed ${faults.seed}): ${JSON.stringify(f)}`);
  };
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    dispatch(ctx, req, res, setFaults, ownHost).catch((error: unknown) =>
      answerError(ctx, res, error),
    );
  });
  log(`listening on ${origin} (data in ${dataDir}, fault seed ${faults.seed})`);
  return {
    origin,
    uploadUrl: `${origin}/api/v1/files/upload`,
    apiUrl: origin,
    urlEndpoint: ctx.urls.urlEndpoint,
    authEndpoint: `${origin}/__emulator/auth`,
    files: () => store.all().map((r) => storedFile(r, ctx.urls)),
    customMetadataFields: () => fields.all(),
    stats: () => ctx.stats.snapshot(ledger.counts()),
    setFaults,
    close: () => closeServer(server, ctx),
  };
}

async function dispatch(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  setFaults: (f: FaultOptions) => void,
  ownHost: (header: string | undefined) => boolean,
): Promise<void> {
  if (!isLoopback(req.socket.remoteAddress ?? '')) {
    req.socket.destroy();
    return;
  }
  // Browsers must not guess a type: a stored "image" that is really HTML stays an image.
  res.setHeader('x-content-type-options', 'nosniff');
  // A web page whose name was re-pointed at 127.0.0.1 (DNS rebinding) still sends its own name.
  if (!ownHost(req.headers.host)) {
    req.resume();
    throw new ApiError(421, MESSAGES.wrongHost);
  }
  const url = new URL(req.url ?? '/', 'http://emulator.invalid');
  const { pathname } = url;
  if (pathname.startsWith('/__emulator/')) {
    // No CORS here: the auth and control routes are for this machine's tools, not for pages.
    await handleControl(ctx, req, res, pathname, setFaults);
    return;
  }
  // ImageKit's API and file URLs allow any origin; the API still needs a key or a signature.
  res.setHeader('access-control-allow-origin', '*');
  ctx.stats.requests += 1;
  if (ctx.faults.latencyMs > 0) await delay(ctx.faults.latencyMs);
  const method = req.method ?? 'GET';
  if (pathname === '/api/v1/files/upload' && method === 'POST') {
    await handleUpload(ctx, req, res);
  } else if (pathname === '/v1/files' && method === 'GET') {
    handleList(ctx, req, res, url.searchParams);
  } else if (pathname === '/v1/customMetadataFields' && method === 'GET') {
    handleListFields(ctx, req, res);
  } else if (pathname === '/v1/customMetadataFields' && method === 'POST') {
    await handleCreateField(ctx, req, res);
  } else if (/^\/v1\/files\/[^/]+\/details$/.test(pathname) && method === 'PATCH') {
    await handleDetails(ctx, req, res, pathname.slice('/v1/files/'.length, -'/details'.length));
  } else if (pathname.startsWith('/v1/files/') && method === 'DELETE') {
    await handleDelete(ctx, req, res, pathname.slice('/v1/files/'.length));
  } else if (pathname.startsWith(`/${ctx.urlEndpointId}/`) && ['GET', 'HEAD'].includes(method)) {
    handleFile(ctx, req, res, pathname);
  } else {
    req.resume();
    throw new ApiError(404, `The emulator does not implement ${method} ${pathname}.`);
  }
}

function answerError(ctx: Context, res: ServerResponse, error: unknown): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  if (error instanceof ApiError) {
    sendError(res, error);
    return;
  }
  ctx.log(`internal error: ${String(error)}`);
  sendError(res, new ApiError(500, MESSAGES.serverError));
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolvePort, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on ${host} is already in use; pick another with --port.`)
          : error,
      );
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolvePort(typeof address === 'object' && address ? address.port : port);
    });
  });
}

async function closeServer(server: Server, ctx: Context): Promise<void> {
  const closed = new Promise<void>((done) => server.close(() => done()));
  for (const socket of ctx.stalled) socket.destroy();
  ctx.stalled.clear();
  server.closeAllConnections();
  await closed;
  await ctx.index.flush();
}

/**
 * Whether a Host header names this server: a loopback address or "localhost", with its port.
 * Any other name means the request was meant for another site.
 */
export function isOwnHost(header: string | undefined, port: number): boolean {
  if (!header) return false;
  let url: URL;
  try {
    url = new URL(`http://${header}`);
  } catch {
    return false;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search) return false;
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  return isLoopback(hostname) && (url.port === '' ? 80 : Number(url.port)) === port;
}

/** True for 127.0.0.0/8, ::1, IPv4-mapped loopback and "localhost". */
export function isLoopback(address: string): boolean {
  if (address === 'localhost' || address === '::1') return true;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return isIP(v4) === 4 && v4.startsWith('127.');
}
