import type { UserError } from '../../shared/errors';

/**
 * The one sentence for a fault inside the app itself (a bug, never the file's or the network's
 * fault); `activity` says what it was doing: "handling this file", "uploading a.jpg".
 */
export function internalError(activity: string): UserError {
  return {
    code: 'internal',
    message: `Something went wrong inside the app while ${activity}. Press Retry; if it happens again, restart the app.`,
  };
}

/** Sentences for failures the service itself detects. */
export const SERVICE_ERRORS = {
  notConfigured: {
    code: 'not-configured',
    message:
      'Uploads need an ImageKit connection. Open Settings, add your keys, then press Upload.',
  },
  internal: internalError('handling this file'),
} as const satisfies Record<string, UserError>;

/** What the window is told when one of its calls cannot be served. */
export const CALL_ERRORS = {
  untrustedSender: 'Refused: this request did not come from the app window.',
  failed: 'The app could not do that. Try again; if it keeps happening, restart the app.',
} as const;

/** Sentences for a stored name that would replace a different file. */
export const NAME_ERRORS = {
  inBatch: (stored: string, other: string): UserError => ({
    code: 'file-exists',
    message: `Another file in this batch (${other}) would be stored as ${stored}. Nothing was uploaded. Add {hash} to the naming template in Settings, or rename one of them, then press Retry.`,
  }),
  inHistory: (stored: string, other: string): UserError => ({
    code: 'file-exists',
    message: `A different file (${other}) was uploaded earlier as ${stored} in this folder. Nothing was uploaded. Add {hash} to the naming template in Settings, or rename this file, then press Retry.`,
  }),
} as const;
