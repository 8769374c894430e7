import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  nextDelay,
  parseRateLimitReset,
  parseRetryAfter,
  resolvePolicy,
  serverDelayHint,
} from '../../../../../src/main/core/imagekit/backoff';

const policy = resolvePolicy({ baseDelayMs: 100, maxDelayMs: 1_000 });
const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

describe('backoffDelay (full jitter)', () => {
  it('stays within [0, min(max, base * 2^retry))', () => {
    for (let retry = 0; retry < 8; retry += 1) {
      const ceiling = Math.min(1_000, 100 * 2 ** retry);
      expect(backoffDelay(policy, retry, () => 0)).toBe(0);
      expect(backoffDelay(policy, retry, () => 0.999999)).toBeLessThan(ceiling);
      expect(backoffDelay(policy, retry, () => 0.999999)).toBeGreaterThanOrEqual(ceiling - 1);
    }
  });

  it('spreads waits across the whole window for uniform randomness', () => {
    const waits = Array.from({ length: 100 }, (_, i) => backoffDelay(policy, 3, () => i / 100));
    expect(Math.min(...waits)).toBe(0);
    expect(Math.max(...waits)).toBe(792);
    expect(new Set(waits).size).toBe(100);
  });

  it('never exceeds the cap however many retries', () => {
    expect(backoffDelay(policy, 50, () => 0.9999)).toBeLessThan(1_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('0.25', NOW)).toBe(250);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(parseRetryAfter(new Date(NOW + 7_000).toUTCString(), NOW)).toBe(7_000);
    expect(parseRetryAfter(new Date(NOW - 7_000).toUTCString(), NOW)).toBe(0);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('', NOW)).toBeNull();
    expect(parseRetryAfter('soon', NOW)).toBeNull();
    expect(parseRetryAfter('-5', NOW)).toBeNull();
  });
});

describe('parseRateLimitReset', () => {
  it('reads milliseconds to wait, as ImageKit documents', () => {
    expect(parseRateLimitReset('1500', NOW)).toBe(1_500);
  });

  it('recognises a Unix time in seconds or milliseconds', () => {
    expect(parseRateLimitReset(String(Math.floor(NOW / 1000) + 4), NOW)).toBe(4_000);
    expect(parseRateLimitReset(String(NOW + 2_500), NOW)).toBe(2_500);
  });

  it('ignores garbage', () => {
    expect(parseRateLimitReset('later', NOW)).toBeNull();
    expect(parseRateLimitReset(undefined, NOW)).toBeNull();
  });
});

describe('serverDelayHint and nextDelay', () => {
  it('takes the longer of the two headers', () => {
    const headers = new Headers({ 'retry-after': '1', 'x-ratelimit-reset': '2500' });
    expect(serverDelayHint(headers, NOW)).toBe(2_500);
    expect(serverDelayHint(new Headers(), NOW)).toBeNull();
  });

  it('never retries sooner than the server asked, and adds a little jitter on top', () => {
    expect(nextDelay(policy, 0, 2_000, () => 0)).toBe(2_000);
    const jittered = nextDelay(policy, 2, 2_000, () => 0.99);
    expect(jittered).toBeGreaterThan(2_000);
    expect(jittered).toBeLessThan(2_000 + 400 / 4);
  });

  it('falls back to backoff without a hint', () => {
    expect(nextDelay(policy, 1, null, () => 0.5)).toBe(100);
  });
});

describe('resolvePolicy', () => {
  it('fills defaults and clamps nonsense', () => {
    const p = resolvePolicy({ attempts: 0, baseDelayMs: -1, deadlineMs: Number.NaN });
    expect(p.attempts).toBe(1);
    expect(p.baseDelayMs).toBeGreaterThan(0);
    expect(p.deadlineMs).toBeGreaterThan(0);
  });
});
