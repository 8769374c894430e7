/**
 * The wording of HTTP failures from ImageKit and from the team's auth endpoint, and the small
 * phrases every upload message shares.
 */
import type { UserError } from '../../../shared/errors';
import type { Failure, FailureSource } from './failures';
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
