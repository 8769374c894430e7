/**
 * Signed uploads: a fresh {token, expire, signature} from the team's auth endpoint for every
 * attempt, because ImageKit accepts a token once, even when the request that used it failed.
 * The SDK has no client for an auth endpoint (it is the team's own server), so this is a
 * plain fetch.
 */
import type { Failure } from './failures';
import { RequestFailure, failureFrom, failureFromResponse } from './failures';

export interface SignedToken {
  readonly token: string;
  /** Unix time in seconds. */
  readonly expire: number;
  readonly signature: string;
}

/** Reads the endpoint's JSON; returns a reason when the shape is wrong. */
export function parseSignedToken(body: unknown): SignedToken | string {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'not a JSON object';
  const { token, expire, signature } = body as Record<string, unknown>;
  if (typeof token !== 'string' || token.trim() === '') return 'no token';
  if (typeof signature !== 'string' || !/^[0-9a-fA-F]{40}$/.test(signature)) {
    return 'the signature is not 40 hex digits (HMAC-SHA1)';
  }
  const seconds =
    typeof expire === 'string' && /^\d+$/.test(expire.trim()) ? Number(expire) : expire;
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds <= 0) {
    return 'expire is not a Unix time in seconds';
  }
  return { token, expire: seconds, signature: signature.toLowerCase() };
}

/** How many used tokens to remember; far more than one batch's attempts within an hour. */
const REMEMBERED_TOKENS = 10_000;

/** Fetches tokens and refuses any it has handed out before. */
export class TokenSource {
  private readonly used = new Set<string>();

  constructor(
    private readonly endpoint: string,
    private readonly fetchImpl: typeof fetch,
    private readonly now: () => number,
  ) {}

  /** One fresh token; throws RequestFailure. */
  async next(signal: AbortSignal): Promise<SignedToken> {
    const signed = await this.fetchOnce(signal);
    if (this.used.has(signed.token)) {
      throw new RequestFailure({ kind: 'token-reused' });
    }
    this.used.add(signed.token);
    if (this.used.size > REMEMBERED_TOKENS) {
      const oldest = this.used.values().next().value;
      if (oldest !== undefined) this.used.delete(oldest);
    }
    return signed;
  }

  private async fetchOnce(signal: AbortSignal): Promise<SignedToken> {
    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'GET',
        // A cached answer would repeat a token, which ImageKit refuses.
        headers: { accept: 'application/json', 'cache-control': 'no-store' },
        signal,
      });
      text = await response.text();
    } catch (err) {
      throw new RequestFailure(failureFrom(err, 'auth-endpoint', this.now()));
    }
    if (!response.ok) {
      throw new RequestFailure(
        failureFromResponse(response.status, text, response.headers, 'auth-endpoint', this.now()),
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw badShape('not JSON');
    }
    const parsed = parseSignedToken(body);
    if (typeof parsed === 'string') throw badShape(parsed);
    return parsed;
  }
}

function badShape(detail: string): RequestFailure {
  const failure: Failure = { kind: 'bad-response', source: 'auth-endpoint', detail };
  return new RequestFailure(failure);
}
