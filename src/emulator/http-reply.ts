import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** The `help` text ImageKit puts in every error body (copied as the live API sends it). */
export const HELP = 'For support kindly contact us at support@imagekit.io .';

/** An error the emulator answers with, shaped like ImageKit's: `{message, help}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Messages ImageKit is documented (or publicly seen) to send; see docs/emulator.md. */
export const MESSAGES = {
  noKey: 'Your request does not contain private API key.',
  badKey: 'Your account cannot be authenticated.',
  bothAuth:
    'Your request contains both signature and basic auth parameter. Use only one method, you might be exposing your private API key.',
  badExpire:
    'Your request contains invalid expire parameter. Expire parameter should be a Unix time in less than 1 hour into the future.',
  badSignature: 'Your request contains invalid signature parameter.',
  tokenUsed: (token: string) =>
    `The token with value '${token}' has been used before. We suggest using V4 UUIDs, or another random string with enough entropy to avoid collisions.`,
  missingFile: 'Your request is missing file parameter.',
  missingFileName: 'Your request is missing fileName parameter.',
  fileExists:
    'A file with the same name already exists at the exact location. We could not overwrite it because both overwriteFile and useUniqueFileName are set to false.',
  serverError: 'We have experienced an internal error while processing your request.',
  rateLimited: 'Too many requests. Please wait for the time given in Retry-After and try again.',
  wrongHost:
    'This emulator answers only requests addressed to 127.0.0.1, [::1] or localhost at its own port.',
} as const;

/** Headers every JSON answer carries (the server adds nosniff, and CORS where it belongs). */
function commonHeaders(): Record<string, string> {
  return { 'x-ik-requestid': randomUUID() };
}

/** Sends a JSON body with the given status. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Readonly<Record<string, string>> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...commonHeaders(),
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/** Sends an ImageKit-style error body. */
export function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, { message: error.message, help: HELP }, error.headers);
}
