/**
 * What went wrong with one request, before it is turned into a sentence. Kept apart from the
 * wording so retry decisions and messages are tested on their own.
 */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@imagekit/nodejs';
import { assertNever } from '../../../shared/assert';
import { serverDelayHint } from './backoff';

/** Which server a failure came from: the upload endpoint, the team's auth endpoint, or the API. */
export type FailureSource = 'upload' | 'auth-endpoint' | 'api';

export type Failure =
  | {
      readonly kind: 'http';
      readonly source: FailureSource;
      readonly status: number;
      /** The server's own `message`, one line, may be empty. */
      readonly serverMessage: string;
      /** Wait the server asked for (Retry-After / X-RateLimit-Reset), in ms. */
      readonly hintMs: number | null;
    }
  | { readonly kind: 'network'; readonly source: FailureSource; readonly detail: string }
  /**
   * The server could not be reached at all (refused, no such host, no network): no byte got
   * through, so nothing can have been stored and waiting for the connection costs nothing.
   */
  | { readonly kind: 'offline'; readonly source: FailureSource; readonly detail: string }
  | { readonly kind: 'timeout'; readonly source: FailureSource }
  /** One of our own signals stopped the request; the caller knows which. */
  | { readonly kind: 'aborted'; readonly source: FailureSource }
  /** A success status with a body that is not what the docs promise. */
  | { readonly kind: 'bad-response'; readonly source: FailureSource; readonly detail: string }
  | { readonly kind: 'not-configured'; readonly detail: string }
  | { readonly kind: 'token-reused' }
  | { readonly kind: 'internal'; readonly detail: string };

/** Carries a Failure through `throw` inside one attempt; its text never holds a secret. */
export class RequestFailure extends Error {
  constructor(readonly failure: Failure) {
    super(`request failed: ${failure.kind}`);
    this.name = 'RequestFailure';
  }
}

/** Whether trying the same request again may succeed. */
export function isTransient(f: Failure): boolean {
  switch (f.kind) {
    case 'http':
      return f.status === 408 || f.status === 429 || f.status >= 500;
    case 'network':
    case 'offline':
    case 'timeout':
    case 'token-reused':
      return true;
    case 'bad-response':
      // Only an upload is safe to repeat blindly: the same name is overwritten, never doubled.
      return f.source === 'upload';
    case 'aborted':
    case 'not-configured':
    case 'internal':
      return false;
    default:
      return assertNever(f, 'failure');
  }
}

const SERVER_MESSAGE_MAX = 200;

/**
 * The server's message as one line, whole. It is not shortened here: a secret cut in half by
 * shortening no longer matches, so the wording removes secrets first and shortens after.
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A line cut to the length a sentence can quote; call only on text already redacted. */
export function shorten(line: string): string {
  return line.length > SERVER_MESSAGE_MAX ? `${line.slice(0, SERVER_MESSAGE_MAX - 1)}…` : line;
}

function serverMessageOf(body: unknown): string {
  if (typeof body === 'string') return oneLine(body);
  if (body && typeof body === 'object' && 'message' in body) {
    const m = (body as { message: unknown }).message;
    if (typeof m === 'string') return oneLine(m);
  }
  return '';
}

const NETWORK_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ENOTFOUND: 'address not found',
  EAI_AGAIN: 'name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CLOSED: 'connection closed',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  ENETDOWN: 'network is down',
  EHOSTDOWN: 'host is down',
  EAI_NONAME: 'address not found',
  EADDRNOTAVAIL: 'no network address',
};

/**
 * Codes that mean no connection was ever made: the name did not resolve, nothing listens, or
 * there is no route. A reset or a timeout after connecting is not here: the server was reached
 * and may have stored the file, so those keep the retry rules.
 */
const OFFLINE_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_NONAME',
  'ENETUNREACH',
  'ENETDOWN',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The first known error code in a `cause` chain, or null. */
function networkCode(err: unknown): string | null {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES[code]) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** A short, secret-free description of a low-level network error from its `cause` chain. */
export function networkDetail(err: unknown): string {
  const code = networkCode(err);
  return (code && NETWORK_CODES[code]) || 'connection failed';
}

/** A connection failure: 'offline' when the server was never reached, else 'network'. */
export function connectionFailure(cause: unknown, source: FailureSource): Failure {
  const code = networkCode(cause);
  const detail = networkDetail(cause);
  return code && OFFLINE_CODES.has(code)
    ? { kind: 'offline', source, detail }
    : { kind: 'network', source, detail };
}

/** Maps anything an SDK call or a fetch threw to a Failure. */
export function failureFrom(err: unknown, source: FailureSource, now: number): Failure {
  if (err instanceof RequestFailure) return err.failure;
  if (err instanceof APIUserAbortError) return { kind: 'aborted', source };
  if (err instanceof APIConnectionTimeoutError) return { kind: 'timeout', source };
  if (err instanceof APIConnectionError) return connectionFailure(err.cause, source);
  if (err instanceof APIError && typeof err.status === 'number') {
    return {
      kind: 'http',
      source,
      status: err.status,
      serverMessage: serverMessageOf(err.error),
      hintMs: serverDelayHint(err.headers, now),
    };
  }
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')) {
    return { kind: 'aborted', source };
  }
  if (err instanceof TypeError && /fetch failed/i.test(err.message)) {
    return connectionFailure(err.cause, source);
  }
  return { kind: 'internal', detail: err instanceof Error ? err.name : typeof err };
}

/** A Failure for a plain fetch response that was not a success (the auth endpoint). */
export function failureFromResponse(
  status: number,
  body: string,
  headers: Headers,
  source: FailureSource,
  now: number,
): Failure {
  let parsed: unknown = body;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Not JSON: an HTML error page or plain text; the raw text is the message.
  }
  return {
    kind: 'http',
    source,
    status,
    serverMessage: serverMessageOf(parsed),
    hintMs: serverDelayHint(headers, now),
  };
}
