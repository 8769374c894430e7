import type { UserError } from '../../../shared/errors';
import type { OutputFormat, VariantName } from '../../../shared/presets';
import { strings } from '../../../shared/strings';

const t = strings.images;

/** Sentences for problems with an image's content or its processing. */
export const imageErrors = {
  text: (): UserError => ({ code: 'not-an-image', message: t.text }),
  unknown: (): UserError => ({ code: 'not-an-image', message: t.unknown() }),
  unsupported: (label: string): UserError => ({
    code: 'unsupported-format',
    message: t.unsupported(label),
  }),
  svgTooLarge: (bytes: number, maxBytes: number): UserError => ({
    code: 'too-large',
    message: t.svgTooLarge(bytes, maxBytes),
  }),
  svgEntities: (): UserError => ({ code: 'unsupported-format', message: t.svgEntities }),
  corrupt: (): UserError => ({ code: 'corrupt-image', message: t.corrupt }),
  heicCorrupt: (): UserError => ({ code: 'corrupt-image', message: t.heicCorrupt }),
  heicUnsupported: (): UserError => ({ code: 'unsupported-format', message: t.heicUnsupported }),
  heicTooLarge: (): UserError => ({ code: 'too-many-pixels', message: t.heicTooLarge }),
  tooManyPixels: (width: number, height: number, limit: number): UserError => ({
    code: 'too-many-pixels',
    message: t.tooManyPixels(width, height, limit),
  }),
  budgetUnreachable: (variant: VariantName, format: OutputFormat, maxBytes: number): UserError => ({
    code: 'budget-unreachable',
    message: t.budgetUnreachable(variant, format, maxBytes),
  }),
  internal: (): UserError => ({ code: 'internal', message: t.internal }),
  workerCrashed: (): UserError => ({ code: 'worker-crashed', message: t.workerCrashed }),
  workerTimeout: (seconds: number): UserError => ({
    code: 'worker-timeout',
    message: t.workerTimeout(seconds),
  }),
  workerUnavailable: (): UserError => ({ code: 'internal', message: t.workerUnavailable }),
  cancelled: (): UserError => ({ code: 'cancelled', message: t.cancelled }),
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
