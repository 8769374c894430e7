/**
 * The app:// scheme the packaged renderer is served from. The path rules are pure, so the part
 * that decides which file a request may read is tested in plain Node; the Electron handler in
 * src/main/electron/app-protocol.ts only reads the file this returns.
 */
import { extname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
/** The page the main window loads in production. */
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Characters no file of the built renderer has in a path segment. */
const FORBIDDEN_IN_SEGMENT = /[\\/:\0]/;

/**
 * The file under `rootDir` that a request URL names, or null when the request must be refused:
 * another scheme or host, a port or credentials, a `.` or `..` segment (raw or percent-encoded),
 * an encoded slash or backslash, a drive letter, or anything else that would leave the folder.
 */
export function resolveAppRequest(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null;
  if (url.port !== '' || url.username !== '' || url.password !== '') return null;
  const raw = url.pathname === '/' ? '/index.html' : url.pathname;
  const segments: string[] = [];
  for (const part of raw.split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    segments.push(segment);
  }
  const root = resolve(rootDir);
  const file = resolve(join(root, ...segments));
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a renderer file; unknown kinds are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
