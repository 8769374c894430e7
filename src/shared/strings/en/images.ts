import { acceptedFormatsText, formatBytes, formatName } from '../../formats';
import type { OutputFormat, VariantName } from '../../presets';

export const images = {
  text: 'This file is not an image (it starts with text). Nothing was uploaded.',
  unknown: (): string =>
    `This file is not an image in a format the app knows. Use ${acceptedFormatsText('or')}.`,
  unsupported: (label: string): string =>
    `${label} files are not supported. Export the picture as JPEG or PNG and add that file instead.`,
  svgTooLarge: (bytes: number, maxBytes: number): string =>
    `This SVG drawing is ${formatBytes(bytes)}; drawings over ${formatBytes(maxBytes)} are not rasterised. Export it as PNG and add that file instead.`,
  svgEntities:
    'This SVG drawing declares XML entities, which the app does not render because they can expand without limit. Export it as PNG and add that file instead.',
  corrupt:
    'This image is damaged or incomplete (it may have been cut off while copying), so it cannot be read. Copy or export it again.',
  heicCorrupt:
    'This HEIC photo is damaged or incomplete (it may have been cut off while copying from the phone), so it cannot be read. Copy it from the phone again, or export it as JPEG.',
  heicUnsupported:
    'This HEIF file holds a kind of picture the app cannot decode (only HEVC-compressed photos are read). Export it as JPEG and add that file instead.',
  heicTooLarge:
    'This HEIC file declares more image data than the app decodes, so it was not opened. Export a smaller version as JPEG and add that instead.',
  tooManyPixels: (width: number, height: number, limit: number): string =>
    `This image is ${width} × ${height} pixels, more than the ${Math.floor(limit / 1_000_000)} megapixel limit. Export a smaller version and add that instead.`,
  budgetUnreachable: (variant: VariantName, format: OutputFormat, maxBytes: number): string =>
    `The ${variant === 'main' ? 'main image' : 'thumbnail'} cannot be made as small as ${formatBytes(maxBytes)} in ${formatName(format)}, even at the lowest quality and size. Raise its size limit in Settings or pick another format.`,
  internal:
    'Something unexpected went wrong while making the variants of this image. Try again; if it keeps failing, re-export the image.',
  workerCrashed:
    'The image processor stopped unexpectedly on this file. The other files were not affected. Try this one again, or re-export it as JPEG or PNG.',
  workerTimeout: (seconds: number): string =>
    `Processing this image took longer than ${seconds} seconds, so it was stopped. Try again, or export a smaller version of the image.`,
  workerUnavailable:
    'The image processor could not be started. Restart the app; if that does not help, reinstall it.',
  cancelled: 'Processing was stopped before it finished.',
};
