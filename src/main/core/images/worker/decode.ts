/**
 * Decoding, once per file: a header look (dimensions, orientation, frames) and then one decode
 * straight to the largest size any variant needs, in 8-bit sRGB. JPEG and WebP decoders shrink
 * while decoding (shrink-on-load) because the target size is known up front. HEIC is decoded by
 * libheif (./heic) and then goes through the same sharp pipeline as the rest.
 */
import sharp, { type Metadata } from 'sharp';
import type { UserError } from '../../../../shared/errors';
import type { SourceFormat, SourceImage } from '../../../../shared/jobs';
import { MAX_INPUT_PIXELS } from '../limits';
import { decodeErrorToUserError, imageErrors } from '../image-errors';
import { decodeHeic, readHeicHeader } from './heic';
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

/**
 * What a HEIC decode holds at once: libheif's YCbCr planes (1.5 bytes a pixel at 4:2:0), its RGB(A)
 * output, the copy of that in the TIFF wrapper, and sharp's read of the TIFF's single strip. A
 * deeper file (10 bits, as HDR photos are) has 16-bit planes, and an HDR one 16-bit output.
 */
function heicDecodeBytes(width: number, height: number, hasAlpha: boolean, deep: boolean): number {
  const channels = hasAlpha ? 4 : 3;
  const sample = deep ? 2 : 1;
  return Math.ceil(width * height * (1.5 * sample + channels * (sample + 2)));
}

/** The header of a HEIC, as inspect() reports any file's. */
function inspectHeic(bytes: Uint8Array): Result<Inspected> {
  const header = readHeicHeader(bytes);
  if (!header.ok) return header;
  const { width, height, hasAlpha, deep } = header.value;
  if (width * height > MAX_INPUT_PIXELS) {
    return { ok: false, error: imageErrors.tooManyPixels(width, height, MAX_INPUT_PIXELS) };
  }
  const image = { format: 'heic' as const, width, height, animated: false };
  return {
    ok: true,
    value: {
      image,
      density: undefined,
      decodeBytes: heicDecodeBytes(width, height, hasAlpha, deep),
    },
  };
}

let p3Profile: Promise<Uint8Array> | null = null;

/** The Display P3 ICC profile libvips carries built in (for HEIC files that name P3 by code). */
export function displayP3Profile(): Promise<Uint8Array> {
  p3Profile ??= sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
    .withIccProfile('p3')
    .png()
    .toBuffer()
    .then((png) => sharp(png).metadata())
    .then((meta) => {
      if (!meta.icc) throw new Error('libvips has no built-in Display P3 profile');
      return new Uint8Array(meta.icc);
    });
  return p3Profile;
}

/** Reads the header only: displayed size (after EXIF orientation), frames, pixel limit. */
export async function inspect(
  bytes: Uint8Array,
  format: SourceFormat,
  targetSide: number,
): Promise<Result<Inspected>> {
  if (format === 'heic') return inspectHeic(bytes);
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
  let input = bytes;
  if (image.format === 'heic') {
    // Already oriented by libheif; the wrapper carries no orientation for sharp to apply again.
    const heic = decodeHeic(bytes, MAX_INPUT_PIXELS, await displayP3Profile());
    if (!heic.ok) return heic;
    input = heic.value.tiff;
  }
  try {
    const { data, info } = await sharp(input, {
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
