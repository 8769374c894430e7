/**
 * `protocol`: privileged schemes and `protocol.handle`. Chromium cannot load a scheme it was not
 * built with, so each handled scheme gets a loopback HTTP origin that stands for it: the page's
 * request goes to the app's own handler as `scheme://host/path`, unchanged, and the handler's
 * status, headers and body are what the page gets. Every URL the app sees is the app:// one.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { fault, isReady } from './runtime';

type Handler = (request: Request) => Response | Promise<Response>;

interface Privileges {
  readonly standard?: boolean;
  readonly secure?: boolean;
}

const privileged = new Map<string, Privileges>();
let registered = false;
const handlers = new Map<string, Handler>();
/** `scheme://host` → the loopback origin standing for it, and back. */
const origins = new Map<string, { server: Server; origin: string }>();

async function answer(
  scheme: string,
  host: string,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const handler = handlers.get(scheme);
  if (!handler) {
    res.writeHead(404).end();
    return;
  }
  // The path and query exactly as the page sent them: the app's own path rules judge them.
  const url = `${scheme}://${host}${req.url ?? '/'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string' && name !== 'host') headers.set(name, value);
  }
  let response: Response;
  try {
    response = await handler(new Request(url, { method: req.method, headers }));
  } catch (err) {
    console.error(`[stand-in] the ${scheme}: handler threw: ${String(err)}`);
    res.writeHead(500).end();
    return;
  }
  const out: Record<string, string> = {};
  response.headers.forEach((value, name) => (out[name] = value));
  res.writeHead(response.status, out);
  if (response.body) Readable.fromWeb(response.body as never).pipe(res);
  else res.end();
}

async function originFor(scheme: string, host: string): Promise<string> {
  const key = `${scheme}://${host}`;
  const known = origins.get(key);
  if (known) return known.origin;
  const server = createServer((req, res) => void answer(scheme, host, req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  const origin = `http://127.0.0.1:${address.port}`;
  origins.set(key, { server, origin });
  server.unref();
  return origin;
}

/** The URL Chromium loads for an app URL (a handled scheme's URL goes to its loopback origin). */
export async function toPageUrl(appUrl: string): Promise<string> {
  const url = new URL(appUrl);
  const scheme = url.protocol.slice(0, -1);
  if (!handlers.has(scheme)) return appUrl;
  if (!privileged.get(scheme)?.standard) {
    fault(`${scheme}:// is not registered as a standard scheme, so it has no origin to load`);
  }
  const origin = await originFor(scheme, url.host);
  return `${origin}${url.pathname}${url.search}${url.hash}`;
}

/** The app URL a page URL stands for (what Electron would report). */
export function toAppUrl(pageUrl: string): string {
  for (const [key, { origin }] of origins) {
    if (pageUrl === origin || pageUrl.startsWith(`${origin}/`)) {
      return key + pageUrl.slice(origin.length);
    }
  }
  return pageUrl;
}

/** The app origin a page origin stands for ("app://renderer"). */
export function toAppOrigin(pageOrigin: string): string {
  for (const [key, { origin }] of origins) if (origin === pageOrigin) return key;
  return pageOrigin;
}

export const protocol = {
  registerSchemesAsPrivileged(
    schemes: ReadonlyArray<{ scheme: string; privileges?: Privileges }>,
  ): void {
    if (isReady()) fault('protocol.registerSchemesAsPrivileged must be called before ready');
    if (registered) fault('protocol.registerSchemesAsPrivileged may be called only once');
    registered = true;
    for (const { scheme, privileges } of schemes) privileged.set(scheme, privileges ?? {});
  },
  handle(scheme: string, handler: Handler): void {
    if (!isReady()) fault('protocol.handle cannot be used before the app is ready');
    if (handlers.has(scheme)) fault(`the scheme ${scheme} is already handled`);
    handlers.set(scheme, handler);
  },
  unhandle(scheme: string): void {
    handlers.delete(scheme);
  },
  isProtocolHandled(scheme: string): boolean {
    return handlers.has(scheme);
  },
};
