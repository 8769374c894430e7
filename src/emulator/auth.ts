import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AuthParams } from './types';
import { ApiError, MESSAGES } from './http-reply';
import type { TokenLedger } from './ledger';

/** Seconds ahead an `expire` may lie; ImageKit wants it "less than 1 hour into the future". */
export const MAX_EXPIRE_AHEAD_S = 3600;
/** What /__emulator/auth hands out, like the SDKs' getAuthenticationParameters (30 minutes). */
const AUTH_ENDPOINT_LIFETIME_S = 1800;

export interface Keys {
  readonly privateKey: string;
  readonly publicKey: string;
}

/** The username of an HTTP Basic header (ImageKit ignores the password), or null without one. */
export function basicUser(header: string | undefined): string | null {
  const match = /^Basic\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon === -1 ? decoded : decoded.slice(0, colon);
}

/** HMAC-SHA1 of token+expire with the private key, lowercase hex, as ImageKit computes it. */
export function signToken(privateKey: string, token: string, expire: string | number): string {
  return createHmac('sha1', privateKey).update(`${token}${expire}`).digest('hex');
}

/** Fresh client-side upload parameters, as the team's own auth server would sign them. */
export function makeAuthParams(privateKey: string, nowMs = Date.now()): AuthParams {
  const token = randomUUID();
  const expire = Math.floor(nowMs / 1000) + AUTH_ENDPOINT_LIFETIME_S;
  return { token, expire, signature: signToken(privateKey, token, expire) };
}

/** Checks Basic auth for the management API (list): 401 without a key, 403 with a wrong one. */
export function requirePrivateKey(header: string | undefined, keys: Keys): void {
  const user = basicUser(header);
  if (user === null || user === '') throw new ApiError(401, MESSAGES.noKey);
  if (!sameText(user, keys.privateKey)) throw new ApiError(403, MESSAGES.badKey);
}

export interface SignedFields {
  readonly publicKey?: string;
  readonly token?: string;
  readonly expire?: string;
  readonly signature?: string;
}

/**
 * Authenticates an upload by either mode. The caller has already recorded the token in the
 * ledger (tokens burn even when the request fails), so `tokenWasNew` says whether it was fresh.
 */
export function authenticateUpload(
  header: string | undefined,
  fields: SignedFields,
  keys: Keys,
  tokenWasNew: boolean,
  nowMs = Date.now(),
): void {
  const user = basicUser(header);
  if (user !== null && fields.signature !== undefined) {
    throw new ApiError(400, MESSAGES.bothAuth);
  }
  if (user !== null) {
    if (user === '') throw new ApiError(401, MESSAGES.noKey);
    if (!sameText(user, keys.privateKey)) throw new ApiError(403, MESSAGES.badKey);
    return;
  }
  const { publicKey, token, expire, signature } = fields;
  if ([publicKey, token, expire, signature].every((v) => v === undefined)) {
    throw new ApiError(401, MESSAGES.noKey);
  }
  if (publicKey === undefined || !sameText(publicKey, keys.publicKey)) {
    throw new ApiError(403, MESSAGES.badKey);
  }
  if (token === undefined || token === '') throw missing('token');
  if (expire === undefined) throw missing('expire');
  if (signature === undefined) throw missing('signature');
  if (!expireIsValid(expire, nowMs)) throw new ApiError(400, MESSAGES.badExpire);
  if (!sameText(signature, signToken(keys.privateKey, token, expire))) {
    throw new ApiError(400, MESSAGES.badSignature);
  }
  if (!tokenWasNew) throw new ApiError(400, MESSAGES.tokenUsed(token));
}

/** Records the request's token, if any; returns whether it was new. */
export function burnToken(ledger: TokenLedger, token: string | undefined): boolean {
  return token === undefined || token === '' ? true : ledger.record(token);
}

function expireIsValid(expire: string, nowMs: number): boolean {
  if (!/^\d{1,12}$/.test(expire)) return false;
  // Whole seconds on both sides, as Unix times are.
  const ahead = Number(expire) - Math.floor(nowMs / 1000);
  return ahead > 0 && ahead < MAX_EXPIRE_AHEAD_S;
}

function missing(name: string): ApiError {
  return new ApiError(400, `Your request is missing ${name} parameter.`);
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
