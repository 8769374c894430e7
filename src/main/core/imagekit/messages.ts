/**
 * Sentences for upload failures: what happened and what to do. Every message passes through
 * `redact`, so a secret that a server echoes back never reaches a person or a log.
 */
import { assertNever } from '../../../shared/assert';
import type { UserError } from '../../../shared/errors';
import type { Failure } from './failures';
import type { MessageContext } from './wording';
import {
  authEndpointHttp,
  capitalised,
  fileLabel,
  imageKitHttp,
  serverLabel,
  tries,
} from './wording';

export type { MessageContext } from './wording';

const MIN_SECRET_LENGTH = 4;

/** Replaces every secret in a text; short strings are skipped so normal words survive. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_SECRET_LENGTH) out = out.split(secret).join('[hidden]');
  }
  return out;
}

function badResponse(f: Failure & { kind: 'bad-response' }, ctx: MessageContext): UserError {
  switch (f.source) {
    case 'auth-endpoint':
      return {
        code: 'not-configured',
        message: `Your auth endpoint answered, but not with {token, expire, signature} (${f.detail}). Check the auth endpoint URL in Settings.`,
      };
    case 'upload':
      return {
        code: 'server-error',
        message: `ImageKit answered the upload of ${fileLabel(ctx)} with something that is not an upload result (${f.detail})${tries(ctx)}. Press Retry; if it keeps happening, check the upload URL in Settings.`,
      };
    case 'api':
      return {
        code: 'server-error',
        message: `The ImageKit API answered with something unexpected (${f.detail}). Check the API URL in Settings.`,
      };
    default:
      return assertNever(f.source, 'failure source');
  }
}

function describe(f: Failure, ctx: MessageContext): UserError {
  switch (f.kind) {
    case 'http':
      return f.source === 'auth-endpoint' ? authEndpointHttp(f, ctx) : imageKitHttp(f, ctx);
    // An offline failure only becomes a sentence in the connection test; uploads wait instead.
    case 'network':
    case 'offline':
      return {
        code: 'network',
        message: `Could not reach ${serverLabel(f.source)} at ${ctx.hosts[f.source]} (${f.detail})${tries(ctx)}. Check the internet connection and the address in Settings, then press Retry.`,
      };
    case 'timeout':
      return {
        code: 'timeout',
        message: `${capitalised(serverLabel(f.source))} did not answer in time${tries(ctx)}. Check the internet connection, then press Retry.`,
      };
    case 'aborted':
      return CANCELLED;
    case 'bad-response':
      return badResponse(f, ctx);
    case 'not-configured':
      return { code: 'not-configured', message: f.detail };
    case 'token-reused':
      return {
        code: 'auth-rejected',
        message: `Your auth endpoint handed out a token it had given before${tries(ctx)}; ImageKit accepts each token only once. Ask whoever runs it to make a fresh token for every request.`,
      };
    case 'internal':
      return {
        code: 'internal',
        message: `Something went wrong inside the app while uploading ${fileLabel(ctx)}. Press Retry; if it happens again, restart the app.`,
      };
    default:
      return assertNever(f, 'failure');
  }
}

/** The sentence for a failure once no more tries will be made. */
export function describeFailure(f: Failure, ctx: MessageContext): UserError {
  const e = describe(f, ctx);
  return { code: e.code, message: redact(e.message, ctx.secrets) };
}

/** A short reason shown while waiting to try again ("ImageKit had a server problem (503)."). */
export function retryReason(f: Failure, secrets: readonly string[]): string {
  const text = ((): string => {
    switch (f.kind) {
      case 'http':
        if (f.status === 429)
          return `${capitalised(serverLabel(f.source))} asked us to slow down (429).`;
        return `${capitalised(serverLabel(f.source))} had a problem (${f.status}).`;
      case 'network':
        return `Connection problem (${f.detail}).`;
      case 'offline':
        return `No connection (${f.detail}).`;
      case 'timeout':
        return `${capitalised(serverLabel(f.source))} did not answer in time.`;
      case 'bad-response':
        return `Unexpected answer from ${serverLabel(f.source)}.`;
      case 'token-reused':
        return 'The auth endpoint repeated a token.';
      case 'aborted':
      case 'not-configured':
      case 'internal':
        return 'Trying again.';
      default:
        return assertNever(f, 'failure');
    }
  })();
  return redact(text, secrets);
}

export const CANCELLED: UserError = {
  code: 'cancelled',
  message: 'The upload was stopped. Press Retry to send it again.',
};

/** The sentence when a file's time budget ran out; `last` says what kept failing. */
export function deadlineError(
  name: string,
  deadlineMs: number,
  last: string | null,
  secrets: readonly string[],
): UserError {
  const secs = Math.max(1, Math.round(deadlineMs / 1000));
  const why = last ? ` Last problem: ${last}` : '';
  return {
    code: 'deadline',
    message: redact(
      `${name} was not uploaded within ${secs} s.${why} Press Retry to continue; parts already stored are kept.`,
      secrets,
    ),
  };
}
