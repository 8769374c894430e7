/**
 * Every sentence the upload client says: what happened and what to do. Failures of one request
 * (HTTP statuses from ImageKit and from the team's auth endpoint, network trouble, odd answers),
 * settings that cannot work, and the short reasons shown while waiting to try again. Every
 * message passes through `redact`, so a secret that a server echoes back never reaches a person
 * or a log.
 */
import { assertNever } from '../../../shared/assert';
import type { UserError } from '../../../shared/errors';
import { strings } from '../../../shared/strings';
import { internalError } from '../messages';
import { shorten, type Failure, type FailureSource } from './failures';
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
}

/** " (tried N times)" once more than one try was made. */
export function tries(ctx: MessageContext): string {
  return ctx.attempts > 1 ? ` (tried ${ctx.attempts} times)` : '';
}

function quoted(serverMessage: string): string {
  return serverMessage === '' ? '' : `: "${serverMessage}"`;
}

/** The stored name, or "the request" when no file is involved. */
export function fileLabel(ctx: MessageContext): string {
  return ctx.name === '' ? 'the request' : ctx.name;
}

function keyRejected(ctx: MessageContext, status: number): string {
  return ctx.mode === 'private-key'
    ? `ImageKit rejected the private key (${status}). Check it in Settings.`
    : `ImageKit rejected the public key or the signature from your auth endpoint (${status}). ` +
        'Check the public key in Settings, and that the auth endpoint signs with the matching private key.';
}

/** The sentence for an error status from ImageKit (upload or management API). */
export function imageKitHttp(f: Failure & { kind: 'http' }, ctx: MessageContext): UserError {
  const { status, serverMessage } = f;
  const where = f.source === 'api' ? 'API URL' : 'upload URL';
  if (status === 401) return { code: 'auth-rejected', message: keyRejected(ctx, status) };
  if (status === 403) {
    if (/limit|storage|quota|exceed/i.test(serverMessage)) {
      return {
        code: 'forbidden',
        message:
          "ImageKit refused the upload: the account's storage or upload limit is reached (403). " +
          'Free up space or upgrade the plan, then press Retry.',
      };
    }
    if (/disabled|suspended|blocked/i.test(serverMessage)) {
      return {
        code: 'forbidden',
        message:
          'ImageKit says this account is disabled (403). Ask the account owner to check it in the ImageKit dashboard.',
      };
    }
    return { code: 'auth-rejected', message: keyRejected(ctx, status) };
  }
  if (
    status === 400 &&
    ctx.mode === 'auth-endpoint' &&
    /signature|token|expire/i.test(serverMessage)
  ) {
    return {
      code: 'auth-rejected',
      message:
        `ImageKit rejected the signed token from your auth endpoint${quoted(serverMessage)} (400). ` +
        'Check that the endpoint signs with the private key that belongs to the public key in Settings, and that its clock is right.',
    };
  }
  if (status === 404) {
    return {
      code: 'not-configured',
      message: `Nothing answers at the ${where} in Settings (404 from ${ctx.hosts[f.source]}). Check it.`,
    };
  }
  if (status === 409) {
    return {
      code: 'file-exists',
      message: `ImageKit already has ${fileLabel(ctx)} and refused to replace it (409). Delete it in the Media Library, then press Retry.`,
    };
  }
  if (status === 413) {
    return {
      code: 'invalid-request',
      message: `${fileLabel(ctx)} is larger than ImageKit accepts (413). Lower the size cap in Settings.`,
    };
  }
  if (status === 429) {
    return {
      code: 'rate-limited',
      message: `ImageKit kept asking us to slow down (429)${tries(ctx)}. Wait a few minutes, then press Retry.`,
    };
  }
  if (status === 408 || status >= 500) {
    return {
      code: 'server-error',
      message: `ImageKit had a server problem (${status})${tries(ctx)}. Press Retry later; nothing was lost.`,
    };
  }
  return {
    code: 'invalid-request',
    message: `ImageKit refused ${fileLabel(ctx)}${quoted(serverMessage)} (${status}). Check the folder and tags in Settings.`,
  };
}

/** The sentence for an error status from the team's auth endpoint. */
export function authEndpointHttp(f: Failure & { kind: 'http' }, ctx: MessageContext): UserError {
  const { status } = f;
  if (status === 401 || status === 403) {
    return {
      code: 'auth-rejected',
      message: `Your auth endpoint refused to sign the upload (${status}). Check the auth endpoint URL in Settings, or ask whoever runs it.`,
    };
  }
  if (status === 404) {
    return {
      code: 'not-configured',
      message: 'Nothing answers at the auth endpoint URL in Settings (404). Check it.',
    };
  }
  if (status === 429) {
    return {
      code: 'rate-limited',
      message: `Your auth endpoint kept asking us to slow down (429)${tries(ctx)}. Wait a few minutes, then press Retry.`,
    };
  }
  if (status === 408 || status >= 500) {
    return {
      code: 'server-error',
      message: `Your auth endpoint failed (${status})${tries(ctx)}. Press Retry later, or ask whoever runs it.`,
    };
  }
  return {
    code: 'auth-rejected',
    message: `Your auth endpoint answered ${status} instead of a token. Check its URL in Settings.`,
  };
}

/** Who answered, as a person would name it. */
export function serverLabel(source: FailureSource): string {
  return source === 'auth-endpoint' ? 'your auth endpoint' : 'ImageKit';
}

/** The text with its first letter upper-cased. */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Why settings cannot work, found before any request is made. */
export const CONFIG_ERRORS = strings.config;

const MIN_SECRET_LENGTH = 4;

/** Every occurrence of `needle`, in any letter case, replaced by `[hidden]`. */
function hideAll(text: string, needle: string): string {
  const lower = text.toLowerCase();
  const target = needle.toLowerCase();
  let out = '';
  let from = 0;
  for (let at = lower.indexOf(target); at !== -1; at = lower.indexOf(target, from)) {
    out += `${text.slice(from, at)}[hidden]`;
    from = at + target.length;
  }
  return out + text.slice(from);
}

/** A secret as it may come back inside a URL, a query string or a form body. */
function encodedForms(secret: string): string[] {
  return [
    secret,
    encodeURIComponent(secret),
    new URLSearchParams({ s: secret }).toString().slice(2),
    encodeURI(secret),
  ];
}

/**
 * Replaces every secret in a text, raw and URL-encoded, in any letter case (servers echo
 * percent-escapes as %2f or %2F). Short strings are skipped so normal words survive. Run it on
 * the whole text, before anything shortens it.
 */
export function redact(text: string, secrets: readonly string[]): string {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of encodedForms(secret)) forms.add(form);
  }
  let out = text;
  // Longest first, so a form that contains another is hidden whole.
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    out = hideAll(out, form);
  }
  return out;
}

/** The server's words, secrets removed while the text is still whole, then shortened. */
function scrubbed(f: Failure, secrets: readonly string[]): Failure {
  if (f.kind !== 'http') return f;
  return { ...f, serverMessage: shorten(redact(f.serverMessage, secrets)) };
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
