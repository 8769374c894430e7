/**
 * Which sentence the upload client says, and when (the words are in the strings catalogue):
 * failures of one request (HTTP statuses from ImageKit and from the team's auth endpoint, network
 * trouble, odd answers), settings that cannot work, and the short reasons shown while waiting to
 * try again. Every message passes through `redact`, so a secret that a server echoes back never
 * reaches a person or a log.
 */
import { assertNever } from '../../../shared/assert';
import type { ErrorCode, UserError } from '../../../shared/errors';
import { strings, type Fixes } from '../../../shared/strings';
import { internalError } from '../common/errors';
import { shorten, type Failure, type FailureSource } from './failures';
import { redact } from './redact';
import type { Credentials } from './types';

export interface MessageContext {
  readonly mode: Credentials['mode'];
  /** Stored name of the variant, or '' when no file is involved (connection test). */
  readonly name: string;
  /** host[:port] of each server, for "could not reach" sentences. */
  readonly hosts: { readonly [K in FailureSource]: string };
  /** Tries made so far for this request. */
  readonly attempts: number;
  readonly secrets: readonly string[];
  /** What to do, in the reader's terms (the app's Settings by default, or the CLI's variables). */
  readonly fixes?: Fixes;
}

const t = strings.imagekit;

/** What the reader of `ctx` does about it. */
function fixesOf(ctx: { readonly fixes?: Fixes | undefined }): Fixes {
  return ctx.fixes ?? strings.fixes.app;
}

/** A sentence that says what happened, then what to do about it. */
function said(code: ErrorCode, happened: string, fix: string): UserError {
  return { code, message: `${happened} ${fix}` };
}

/** " (tried N times)" once more than one try was made. */
export function tries(ctx: MessageContext): string {
  return t.tries(ctx.attempts);
}

/** The stored name, or "the request" when no file is involved. */
export function fileLabel(ctx: MessageContext): string {
  return ctx.name === '' ? t.theRequest : ctx.name;
}

function keyRejected(ctx: MessageContext, status: number): UserError {
  const fix = fixesOf(ctx);
  return ctx.mode === 'private-key'
    ? said('auth-rejected', t.privateKeyRejected(status), fix.privateKey)
    : said('auth-rejected', t.signatureRejected(status), fix.signature);
}

/** The sentence for an error status from ImageKit (upload or management API). */
export function imageKitHttp(f: Failure & { kind: 'http' }, ctx: MessageContext): UserError {
  const { status, serverMessage } = f;
  const fix = fixesOf(ctx);
  if (status === 401) return keyRejected(ctx, status);
  if (status === 403) {
    if (/limit|storage|quota|exceed/i.test(serverMessage)) {
      return said('forbidden', t.limitReached, fix.limit);
    }
    if (/disabled|suspended|blocked/i.test(serverMessage)) {
      return {
        code: 'forbidden',
        message: t.accountDisabled,
      };
    }
    return keyRejected(ctx, status);
  }
  if (
    status === 400 &&
    ctx.mode === 'auth-endpoint' &&
    /signature|token|expire/i.test(serverMessage)
  ) {
    return said('auth-rejected', t.tokenRejected(t.quoted(serverMessage)), fix.token);
  }
  if (status === 404) {
    const api = f.source === 'api';
    const where = t.nothingAnswers(api ? t.apiUrl : t.uploadUrl, ctx.hosts[f.source]);
    return said('not-configured', where, api ? fix.apiUrl : fix.uploadUrl);
  }
  if (status === 409) {
    return said('file-exists', t.alreadyExists(fileLabel(ctx)), fix.exists);
  }
  if (status === 413) {
    return said('invalid-request', t.tooLarge(fileLabel(ctx)), fix.sizeCap);
  }
  if (status === 429) {
    return said('rate-limited', t.slowDown(tries(ctx)), fix.slowDown);
  }
  if (status === 408 || status >= 500) {
    return said('server-error', t.serverProblem(status, tries(ctx)), fix.later);
  }
  return said(
    'invalid-request',
    t.refused(fileLabel(ctx), t.quoted(serverMessage), status),
    fix.folderAndTags,
  );
}

/** The sentence for an error status from the team's auth endpoint. */
export function authEndpointHttp(f: Failure & { kind: 'http' }, ctx: MessageContext): UserError {
  const { status } = f;
  const fix = fixesOf(ctx);
  if (status === 401 || status === 403) {
    return said('auth-rejected', t.authRefused(status), fix.authEndpoint);
  }
  if (status === 404) return said('not-configured', t.authNotFound, fix.authEndpointUrl);
  if (status === 429) return said('rate-limited', t.authSlowDown(tries(ctx)), fix.slowDown);
  if (status === 408 || status >= 500) {
    return said('server-error', t.authFailed(status, tries(ctx)), fix.authLater);
  }
  return said('auth-rejected', t.authNoToken(status), fix.authEndpointUrl);
}

/** Who answered, as a person would name it. */
export function serverLabel(source: FailureSource): string {
  return t.serverName(source === 'auth-endpoint');
}

/** The server's words, secrets removed while the text is still whole, then shortened. */
function scrubbed(f: Failure, secrets: readonly string[]): Failure {
  if (f.kind !== 'http') return f;
  return { ...f, serverMessage: shorten(redact(f.serverMessage, secrets)) };
}

function badResponse(f: Failure & { kind: 'bad-response' }, ctx: MessageContext): UserError {
  const fix = fixesOf(ctx);
  switch (f.source) {
    case 'auth-endpoint':
      return said('not-configured', t.authBadAnswer(f.detail), fix.authEndpointUrl);
    case 'upload':
      return said(
        'server-error',
        t.uploadBadAnswer(fileLabel(ctx), f.detail, tries(ctx)),
        fix.badAnswer,
      );
    case 'api':
      return said('server-error', t.apiBadAnswer(f.detail), fix.apiUrl);
    default:
      return assertNever(f.source, 'failure source');
  }
}

/** What to check when a server did not answer: the setting or variable that names that one. */
function reachFix(source: FailureSource, fixes: Fixes): string {
  if (source === 'api') return fixes.reachApi;
  if (source === 'auth-endpoint') return fixes.reachAuth;
  return fixes.reach;
}

function describe(f: Failure, ctx: MessageContext): UserError {
  switch (f.kind) {
    case 'http':
      return f.source === 'auth-endpoint' ? authEndpointHttp(f, ctx) : imageKitHttp(f, ctx);
    // An offline failure only becomes a sentence in the connection test; uploads wait instead.
    case 'network':
    case 'offline':
      return said(
        'network',
        t.unreachable(serverLabel(f.source), ctx.hosts[f.source], f.detail, tries(ctx)),
        reachFix(f.source, fixesOf(ctx)),
      );
    case 'timeout':
      return said(
        'timeout',
        t.noAnswerInTime(serverLabel(f.source), tries(ctx)),
        fixesOf(ctx).noAnswer,
      );
    case 'aborted':
      return CANCELLED;
    case 'bad-response':
      return badResponse(f, ctx);
    case 'not-configured':
      return { code: 'not-configured', message: f.detail };
    case 'token-reused':
      return {
        code: 'auth-rejected',
        message: t.tokenReused(tries(ctx)),
      };
    case 'internal':
      return internalError(strings.errors.uploading(fileLabel(ctx)));
    default:
      return assertNever(f, 'failure');
  }
}

/** The sentence for a failure once no more tries will be made. */
export function describeFailure(f: Failure, ctx: MessageContext): UserError {
  const e = describe(scrubbed(f, ctx.secrets), ctx);
  return { code: e.code, message: redact(e.message, ctx.secrets) };
}

/** A short reason shown while waiting to try again ("ImageKit had a server problem (503)."). */
export function retryReason(f: Failure, secrets: readonly string[]): string {
  const text = ((): string => {
    switch (f.kind) {
      case 'http':
        if (f.status === 429) return t.retry.slowDown(serverLabel(f.source));
        return t.retry.problem(serverLabel(f.source), f.status);
      case 'network':
        return t.retry.connection(f.detail);
      case 'offline':
        return t.retry.offline(f.detail);
      case 'timeout':
        return t.retry.noAnswer(serverLabel(f.source));
      case 'bad-response':
        return t.retry.unexpected(serverLabel(f.source));
      case 'token-reused':
        return t.retry.tokenRepeated;
      case 'aborted':
      case 'not-configured':
      case 'internal':
        return t.retry.again;
      default:
        return assertNever(f, 'failure');
    }
  })();
  return redact(text, secrets);
}

export const CANCELLED: UserError = {
  code: 'cancelled',
  message: t.cancelled,
};

/** The sentence when a file's time budget ran out; `last` says what kept failing. */
export function deadlineError(
  name: string,
  deadlineMs: number,
  last: string | null,
  secrets: readonly string[],
  fixes?: Fixes,
): UserError {
  const secs = Math.max(1, Math.round(deadlineMs / 1000));
  const { message } = said('deadline', t.deadline(name, secs, last), fixesOf({ fixes }).deadline);
  return { code: 'deadline', message: redact(message, secrets) };
}
