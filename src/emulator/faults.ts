import { randomInt } from 'node:crypto';
import type { FaultOptions } from './types';

/** What to do to one upload request. */
export type FaultDecision =
  | { readonly kind: 'none' }
  | { readonly kind: 'rateLimit' }
  | { readonly kind: 'serverError'; readonly status: 500 | 502 | 503; readonly afterStore: boolean }
  | { readonly kind: 'reset'; readonly afterStore: boolean }
  | { readonly kind: 'stall'; readonly afterStore: boolean };

const SERVER_ERRORS = [500, 502, 503] as const;

/** Seeded, so a failing run can be replayed exactly: same seed, same faults, same order. */
export class FaultPlan {
  private options: FaultOptions = {};
  private random: () => number = mulberry32(0);
  private seedInUse = 0;
  private seeded = false;

  constructor(options: FaultOptions = {}) {
    this.set(options);
  }

  /** Replaces the options; a new seed (or the first call) restarts the sequence. */
  set(options: FaultOptions): void {
    checkFaultOptions(options);
    this.options = { ...options };
    if (options.seed !== undefined || !this.seeded) {
      this.seedInUse = options.seed ?? randomInt(1, 2 ** 31);
      this.random = mulberry32(this.seedInUse);
      this.seeded = true;
    }
  }

  get seed(): number {
    return this.seedInUse;
  }

  get latencyMs(): number {
    return this.options.latencyMs ?? 0;
  }

  get retryAfterSeconds(): number {
    return this.options.retryAfterSeconds ?? 1;
  }

  /** Decides one upload's fate. Always draws three numbers, so decisions stay aligned. */
  next(): FaultDecision {
    const pick = this.random();
    const late = this.random() < 0.5 && this.options.faultAfterStore === true;
    const variant = this.random();
    let edge = this.options.serverErrorRate ?? 0;
    if (pick < edge) {
      const status = SERVER_ERRORS[Math.floor(variant * SERVER_ERRORS.length)] ?? 500;
      return { kind: 'serverError', status, afterStore: late };
    }
    edge += this.options.rateLimitRate ?? 0;
    if (pick < edge) return { kind: 'rateLimit' };
    edge += this.options.resetRate ?? 0;
    if (pick < edge) return { kind: 'reset', afterStore: late };
    edge += this.options.stallRate ?? 0;
    if (pick < edge) return { kind: 'stall', afterStore: late };
    return { kind: 'none' };
  }
}

/** Throws a readable Error when options are out of range. */
export function checkFaultOptions(options: FaultOptions): void {
  const rates = [
    ['serverErrorRate', options.serverErrorRate],
    ['rateLimitRate', options.rateLimitRate],
    ['resetRate', options.resetRate],
    ['stallRate', options.stallRate],
  ] as const;
  let total = 0;
  for (const [name, rate] of rates) {
    if (rate === undefined) continue;
    if (typeof rate !== 'number' || !(rate >= 0 && rate <= 1))
      throw new Error(`${name} must be between 0 and 1.`);
    total += rate;
  }
  if (total > 1) throw new Error('The fault rates together must not exceed 1.');
  const retry = options.retryAfterSeconds;
  if (retry !== undefined && !(Number.isInteger(retry) && retry >= 0)) {
    throw new Error('retryAfterSeconds must be a whole number of seconds, 0 or more.');
  }
  const latency = options.latencyMs;
  if (
    latency !== undefined &&
    !(typeof latency === 'number' && latency >= 0 && latency <= 600_000)
  ) {
    throw new Error('latencyMs must be between 0 and 600000.');
  }
  if (options.seed !== undefined && !Number.isInteger(options.seed)) {
    throw new Error('seed must be a whole number.');
  }
  if (options.faultAfterStore !== undefined && typeof options.faultAfterStore !== 'boolean') {
    throw new Error('faultAfterStore must be true or false.');
  }
}

/** A small, fast, well-distributed 32-bit PRNG; enough for choosing faults. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
