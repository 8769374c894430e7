import type { UserError } from '../../../shared/errors';
import { strings } from '../../../shared/strings';

/**
 * The one sentence for a fault inside the app itself (a bug, never the file's or the network's
 * fault); `activity` says what it was doing: "handling this file", "uploading a.jpg".
 */
export function internalError(activity: string): UserError {
  return {
    code: 'internal',
    message: strings.errors.internal(activity),
  };
}

/** Sentences for failures the service itself detects. */
export const SERVICE_ERRORS = {
  notConfigured: {
    code: 'not-configured',
    message: strings.errors.notConfigured,
  },
  internal: internalError(strings.errors.handlingFile),
} as const satisfies Record<string, UserError>;

/** What the window is told when one of its calls cannot be served. */
export const CALL_ERRORS = {
  untrustedSender: strings.errors.untrustedSender,
  failed: strings.errors.callFailed,
} as const;

/** Sentences for a stored name that would replace a different file. */
export const NAME_ERRORS = {
  inBatch: (stored: string, other: string): UserError => ({
    code: 'file-exists',
    message: strings.errors.nameInBatch(stored, other),
  }),
  inHistory: (stored: string, other: string): UserError => ({
    code: 'file-exists',
    message: strings.errors.nameInHistory(stored, other),
  }),
} as const;
