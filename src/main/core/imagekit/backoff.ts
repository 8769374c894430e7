import type { RetryPolicy } from './types';

/**
 * Defaults sized for an editor's connection: a 200 KB image takes seconds even on a slow line,
 * six tries ride out a short outage, and three minutes per file keeps a dead network from
 * holding the queue forever.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  attempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  deadlineMs: 180_000,
  attemptTimeoutMs: 60_000,
};

/** The policy with defaults filled in and nonsense values clamped. */
export function resolvePolicy(partial: Partial<RetryPolicy> | undefined): RetryPolicy {
  const p = { ...DEFAULT_RETRY_POLICY, ...partial };
  const nonNegative = (n: number, fallback: number): number =>
    Number.isFinite(n) && n >= 0 ? n : fallback;
  return {
    attempts: Math.max(1, Math.floor(nonNegative(p.attempts, DEFAULT_RETRY_POLICY.attempts))),
    baseDelayMs: nonNegative(p.baseDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs),
    maxDelayMs: nonNegative(p.maxDelayMs, DEFAULT_RETRY_POLICY.maxDelayMs),
    deadlineMs: Math.max(1, nonNegative(p.deadlineMs, DEFAULT_RETRY_POLICY.deadlineMs)),
    attemptTimeoutMs: Math.max(
      1,
      nonNegative(p.attemptTimeoutMs, DEFAULT_RETRY_POLICY.attemptTimeoutMs),
    ),
  };
}

/**
 * Exponential backoff with full jitter: a uniform wait in [0, min(max, base * 2^retry)).
 * `retry` is 0 before the second attempt. Full jitter spreads parallel uploads that failed
 * together, so they do not hit a recovering server in one burst.
 */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * `Retry-After` in ms: delay-seconds or an HTTP date (RFC 9110). Null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP date always names the day or month; anything else (e.g. "-5") is not one.
  if (!/[a-z]/i.test(text)) return null;
  const date = Date.parse(text);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Values this large cannot be a wait in ms (11+ days); they are a Unix time. */
const EPOCH_SECONDS_FLOOR = 1e9;
const EPOCH_MS_FLOOR = 1e12;

/**
 * `X-RateLimit-Reset` in ms. ImageKit documents it as the milliseconds to wait; some servers
 * send a Unix time instead (seconds or ms), which is recognised by its size.
 */
export function parseRateLimitReset(value: string | null | undefined, now: number): number | null {
  if (value == null) return null;
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  if (n >= EPOCH_MS_FLOOR) return Math.max(0, Math.round(n - now));
  if (n >= EPOCH_SECONDS_FLOOR) return Math.max(0, Math.round(n * 1000 - now));
  return Math.round(n);
}

/** The longest wait the server asked for through either header, or null if it asked none. */
export function serverDelayHint(headers: Headers | undefined, now: number): number | null {
  if (!headers) return null;
  const hints = [
    parseRetryAfter(headers.get('retry-after'), now),
    parseRateLimitReset(headers.get('x-ratelimit-reset'), now),
  ].filter((h): h is number => h !== null);
  return hints.length > 0 ? Math.max(...hints) : null;
}

/**
 * Wait before the next try: the server's hint when it gave one (never sooner), else backoff.
 * Jitter is still added on top of a hint, so uploads told "1 s" together do not return together.
 */
export function nextDelay(
  policy: RetryPolicy,
  retry: number,
  hintMs: number | null,
  random: () => number,
): number {
  const jitter = backoffDelay(policy, retry, random);
  return hintMs === null ? jitter : hintMs + Math.floor(jitter / 4);
}

/** A setTimeout that rejects with the signal's reason as soon as it aborts. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
