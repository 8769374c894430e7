import type { UserError } from '../../shared/errors';

/** Sentences for failures the service itself detects. */
export const SERVICE_ERRORS = {
  notConfigured: {
    code: 'not-configured',
    message:
      'Uploads need an ImageKit connection. Open Settings, add your keys, then press Upload.',
  },
  internal: {
    code: 'internal',
    message:
      'Something went wrong inside the app while handling this file. Press Retry; if it happens again, restart the app.',
  },
} as const satisfies Record<string, UserError>;
