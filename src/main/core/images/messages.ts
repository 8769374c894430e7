import type { UserError } from '../../../shared/errors';
import type { OutputFormat, VariantName } from '../../../shared/presets';
import { acceptedFormatsText, formatBytes, formatName } from '../../../shared/formats';

/** Sentences for problems with an image's content or its processing. */
export const imageErrors = {
  text: (): UserError => ({
    code: 'not-an-image',
    message: 'This file is not an image (it starts with text). Nothing was uploaded.',
  }),
  unknown: (): UserError => ({
    code: 'not-an-image',
    message: `This file is not an image in a format the app knows. Use ${acceptedFormatsText('or')}.`,
  }),
  unsupported: (label: string): UserError => ({
    code: 'unsupported-format',
    message: `${label} files are not supported. Export the picture as JPEG or PNG and add that file instead.`,
  }),
  svgTooLarge: (bytes: number, maxBytes: number): UserError => ({
    code: 'too-large',
    message: `This SVG drawing is ${formatBytes(bytes)}; drawings over ${formatBytes(maxBytes)} are not rasterised. Export it as PNG and add that file instead.`,
  }),
  svgEntities: (): UserError => ({
    code: 'unsupported-format',
    message:
      'This SVG drawing declares XML entities, which the app does not render because they can expand without limit. Export it as PNG and add that file instead.',
  }),
  corrupt: (): UserError => ({
    code: 'corrupt-image',
    message:
      'This image is damaged or incomplete (it may have been cut off while copying), so it cannot be read. Copy or export it again.',
  }),
  tooManyPixels: (width: number, height: number, limit: number): UserError => ({
    code: 'too-many-pixels',
    message: `This image is ${width} × ${height} pixels, more than the ${Math.floor(limit / 1_000_000)} megapixel limit. Export a smaller version and add that instead.`,
  }),
  budgetUnreachable: (variant: VariantName, format: OutputFormat, maxBytes: number): UserError => ({
    code: 'budget-unreachable',
    message: `The ${variant === 'main' ? 'main image' : 'thumbnail'} cannot be made as small as ${formatBytes(maxBytes)} in ${formatName(format)}, even at the lowest quality and size. Raise its size limit in Settings or pick another format.`,
  }),
  internal: (): UserError => ({
    code: 'internal',
    message:
      'Something unexpected went wrong while making the variants of this image. Try again; if it keeps failing, re-export the image.',
  }),
  workerCrashed: (): UserError => ({
    code: 'worker-crashed',
    message:
      'The image processor stopped unexpectedly on this file. The other files were not affected. Try this one again, or re-export it as JPEG or PNG.',
  }),
  workerTimeout: (seconds: number): UserError => ({
    code: 'worker-timeout',
    message: `Processing this image took longer than ${seconds} seconds, so it was stopped. Try again, or export a smaller version of the image.`,
  }),
  workerUnavailable: (): UserError => ({
    code: 'internal',
    message:
      'The image processor could not be started. Restart the app; if that does not help, reinstall it.',
  }),
  cancelled: (): UserError => ({
    code: 'cancelled',
    message: 'Processing was stopped before it finished.',
  }),
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
