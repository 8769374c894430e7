/**
 * Decoding, once per file: a header look (dimensions, orientation, frames) and then one decode
 * straight to the largest size any variant needs, in 8-bit sRGB. JPEG and WebP decoders shrink
 * while decoding (shrink-on-load) because the target size is known up front.
 */
import sharp, { type Metadata } from 'sharp';
import type { UserError } from '../../../../shared/errors';
import type { SourceFormat, SourceImage } from '../../../../shared/jobs';
import { MAX_INPUT_PIXELS } from '../limits';
import { decodeErrorToUserError, imageErrors } from '../image-errors';
import { toRawImage } from './raw';
import type { RawImage } from '../types';

/** Pixel data that fails libvips' error checks (e.g. a truncated JPEG) fails the file. */
const FAIL_ON = 'error' as const;

/** SVG is rendered at 72 dpi by default; we change the density to render at the target size. */
const SVG_BASE_DENSITY = 72;

export interface Inspected {
  readonly image: SourceImage;
  /** Only for SVG: the render density that makes its longest side fit the target. */
  readonly density: number | undefined;
  /** Memory the decode needs at once: a whole image's worth for progressive or interlaced files. */
  readonly decodeBytes: number;
}

/**
 * What a decode holds at once beyond a few lines: a progressive JPEG keeps all its DCT
 * coefficients (2 bytes a sample) until the last scan, an interlaced PNG its whole image.
 * Sequential files are decoded a strip at a time.
 */
function decodeBytesOf(meta: Metadata): number {
  if (!meta.isProgressive || !meta.width || !meta.height) return 0;
  const samples = meta.width * meta.height * (meta.channels ?? 3);
  return meta.format === 'jpeg' ? samples * 2 : samples * ((meta.depth === 'ushort' ? 16 : 8) / 8);
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UserError };

/** Reads the header only: displayed size (after EXIF orientation), frames, pixel limit. */
export async function inspect(
  bytes: Uint8Array,
  format: SourceFormat,
  targetSide: number,
): Promise<Result<Inspected>> {
  let meta: Metadata;
  try {
    // No pixel limit here: the header is all that is read, and we want the real size to say so.
    meta = await sharp(bytes, { failOn: FAIL_ON, limitInputPixels: false }).metadata();
  } catch (err) {
    return { ok: false, error: decodeErrorToUserError(err) };
  }
  const width = meta.autoOrient?.width ?? meta.width;
  // For animated images sharp reports one frame's height unless asked for all pages.
  const height = meta.autoOrient?.height ?? meta.height;
  if (!width || !height) return { ok: false, error: imageErrors.corrupt() };
  if (width * height > MAX_INPUT_PIXELS && format !== 'svg') {
    return { ok: false, error: imageErrors.tooManyPixels(width, height, MAX_INPUT_PIXELS) };
  }
  let density: number | undefined;
  if (format === 'svg') {
    const longest = Math.max(width, height);
    // Render vector art directly at the size needed (never larger than its own size).
    density =
      longest > targetSide ? Math.max(1, (SVG_BASE_DENSITY * targetSide) / longest) : undefined;
  }
  const animated = (meta.pages ?? 1) > 1 && (format === 'gif' || format === 'webp');
  const image = { format, width, height, animated };
  return { ok: true, value: { image, density, decodeBytes: decodeBytesOf(meta) } };
}

/**
 * Decodes the first frame once, oriented, in sRGB, shrunk to fit `side` (never enlarged). Both
 * variants are made from these pixels.
 */
export async function decodeShrunk(
  bytes: Uint8Array,
  inspected: Inspected,
  side: number,
): Promise<Result<RawImage>> {
  const { image, density } = inspected;
  try {
    const { data, info } = await sharp(bytes, {
      failOn: FAIL_ON,
      limitInputPixels: MAX_INPUT_PIXELS,
      autoOrient: true,
      ...(density ? { density } : {}),
    })
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
    return { ok: true, value: toRawImage(data, info) };
  } catch (err) {
    return {
      ok: false,
      error: decodeErrorToUserError(err, image.width, image.height, MAX_INPUT_PIXELS),
    };
  }
}
