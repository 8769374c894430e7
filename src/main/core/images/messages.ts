import type { UserError } from '../../../shared/errors';
import type { OutputFormat, VariantName } from '../../../shared/presets';
import { strings } from '../../../shared/strings';

const s = strings.images;

/** Sentences for problems with an image's content or its processing. */
export const imageErrors = {
  text: (): UserError => ({ code: 'not-an-image', message: s.text }),
  unknown: (): UserError => ({ code: 'not-an-image', message: s.unknown() }),
  unsupported: (label: string): UserError => ({
    code: 'unsupported-format',
    message: s.unsupported(label),
  }),
  svgTooLarge: (bytes: number, maxBytes: number): UserError => ({
    code: 'too-large',
    message: s.svgTooLarge(bytes, maxBytes),
  }),
  svgEntities: (): UserError => ({ code: 'unsupported-format', message: s.svgEntities }),
  corrupt: (): UserError => ({ code: 'corrupt-image', message: s.corrupt }),
  tooManyPixels: (width: number, height: number, limit: number): UserError => ({
    code: 'too-many-pixels',
    message: s.tooManyPixels(width, height, limit),
  }),
  budgetUnreachable: (variant: VariantName, format: OutputFormat, maxBytes: number): UserError => ({
    code: 'budget-unreachable',
    message: s.budgetUnreachable(variant, format, maxBytes),
  }),
  internal: (): UserError => ({ code: 'internal', message: s.internal }),
  workerCrashed: (): UserError => ({ code: 'worker-crashed', message: s.workerCrashed }),
  workerTimeout: (seconds: number): UserError => ({
    code: 'worker-timeout',
    message: s.workerTimeout(seconds),
  }),
  workerUnavailable: (): UserError => ({ code: 'internal', message: s.workerUnavailable }),
  cancelled: (): UserError => ({ code: 'cancelled', message: s.cancelled }),
} as const;

/**
 * Maps a libvips/sharp decode error to a sentence. Their messages are not a stable API, so only
 * the pixel limit is singled out; anything else while decoding means the data is unreadable.
 */
export function decodeErrorToUserError(err: unknown, width = 0, height = 0, limit = 0): UserError {
  const text = err instanceof Error ? err.message : String(err);
  if (/pixel limit/i.test(text)) return imageErrors.tooManyPixels(width, height, limit);
  if (/unsupported image format/i.test(text)) return imageErrors.unknown();
  return imageErrors.corrupt();
}
