/**
 * The PicGo protocol's request rules, as pure functions: which requests the local server takes,
 * and what their body means. The server (server.ts) only moves bytes around these.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isAbsolute as isAbsolutePosix } from 'node:path/posix';
import { isAbsolute as isAbsoluteWin32 } from 'node:path/win32';
import { hasHiddenCharacters, showHidden } from '../../../shared/hidden-characters';
import { strings } from '../../../shared/strings';
import { isWebLink } from '../links/download';

/** Bodies larger than this are refused unread: a list of paths is small. */
export const MAX_BODY_BYTES = 1024 * 1024;
/** The most files one request may name. */
export const MAX_LIST_LENGTH = 500;

/** What a caller asked for: these files, or the image on the clipboard (an empty body). */
export type PicgoRequest =
  { readonly kind: 'list'; readonly paths: readonly string[] } | { readonly kind: 'clipboard' };

/** A request refused before anything is uploaded: the HTTP status and the sentence. */
export interface Refusal {
  readonly status: number;
  readonly message: string;
  /** Set when the key was wrong: answers to guessing are slowed down. */
  readonly wrongKey?: true;
}

/** The parts of an HTTP request the rules look at. */
export interface RequestHead {
  readonly method: string;
  readonly url: string;
  readonly host: string | undefined;
  readonly origin: string | undefined;
  readonly secFetchSite: string | undefined;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether the Host header names this machine's loopback (anything else may be DNS rebinding). */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  return match !== null && LOOPBACK_HOSTS.has(match[1] as string);
}

function sameKey(given: string, expected: string): boolean {
  // Hashing first gives equal lengths, so the comparison takes the same time whatever was sent.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** What a caller is told about the key: where the app's user or the CLI's finds it. */
export interface KeyWords {
  readonly missing: string;
  readonly wrong: string;
}

/** The app's words: the key is in Settings → Integrations. */
export const APP_KEY_WORDS: KeyWords = {
  missing: strings.picgo.keyMissing,
  wrong: strings.picgo.keyWrong,
};

/**
 * Checks everything but the body: the address, the method, that no web page sent it, and the
 * key. Null means go on.
 */
export function checkHead(
  head: RequestHead,
  key: string,
  keyWords: KeyWords = APP_KEY_WORDS,
): Refusal | null {
  if (!isLoopbackHost(head.host)) return { status: 403, message: strings.picgo.badHost };
  // Browsers always send Origin on a cross-origin POST; Typora and Obsidian's plugins send none.
  if (head.origin !== undefined || head.secFetchSite === 'cross-site') {
    return { status: 403, message: strings.picgo.crossOrigin };
  }
  const url = new URL(head.url, 'http://127.0.0.1');
  if (url.pathname !== '/upload') return { status: 404, message: strings.picgo.notFound };
  if (head.method !== 'POST') return { status: 405, message: strings.picgo.methodNotAllowed };
  if (key !== '') {
    const given = url.searchParams.get('key');
    if (given === null || given === '') return { status: 401, message: keyWords.missing };
    if (!sameKey(given, key)) return { status: 403, message: keyWords.wrong, wrongKey: true };
  }
  return null;
}

function isAbsolutePath(path: string): boolean {
  return isAbsolutePosix(path) || (isAbsoluteWin32(path) && /^[A-Za-z]:[\\/]/.test(path));
}

/** Reads a body: empty means the clipboard, otherwise `{"list": [absolute paths or links]}`. */
export function parseBody(body: string): PicgoRequest | Refusal {
  if (body.trim() === '') return { kind: 'clipboard' };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { status: 400, message: strings.picgo.badJson };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 400, message: strings.picgo.badShape };
  }
  const list = (value as { list?: unknown }).list;
  if (!Array.isArray(list)) return { status: 400, message: strings.picgo.badShape };
  if (list.length === 0) return { status: 400, message: strings.picgo.emptyList };
  if (list.length > MAX_LIST_LENGTH)
    return { status: 413, message: strings.picgo.tooMany(MAX_LIST_LENGTH) };
  const paths: string[] = [];
  for (const entry of list) {
    if (typeof entry !== 'string' || entry.length === 0 || entry.length > 4096) {
      return { status: 400, message: strings.picgo.notText };
    }
    if (hasHiddenCharacters(entry)) {
      return { status: 400, message: strings.picgo.hiddenCharacters(showHidden(entry)) };
    }
    // Links are taken as PicGo takes them; where they may lead is checked when downloading.
    if (!isAbsolutePath(entry) && !isWebLink(entry)) {
      return { status: 400, message: strings.picgo.relative(entry) };
    }
    paths.push(entry);
  }
  return { kind: 'list', paths };
}

/** Whether a parse result is a refusal. */
export function isRefusal(value: PicgoRequest | Refusal): value is Refusal {
  return 'status' in value;
}
