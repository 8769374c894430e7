/**
 * HEIC/HEIF decoding with libheif (WebAssembly), from the bytes the worker already read. Only the
 * primary image is decoded: a file may also hold thumbnails, bursts or depth maps. libheif applies
 * the file's rotation and mirroring (irot/imir) while decoding, and those are what HEIF viewers
 * honour; an EXIF orientation inside the file is never looked at, so nothing is turned twice.
 * The pixels come out with the file's colour profile in a TIFF wrapper (./raw-tiff), so sharp
 * converts them to sRGB the way it does for every other format; EXIF, XMP and the rest of the
 * metadata are never read out of the file.
 */
import type { UserError } from '../../../../shared/errors';
import { imageErrors } from '../image-errors';
import {
  dropLibheif,
  isHeifError,
  libheif,
  type HeifError,
  type HeifObject,
  type LibHeif,
} from './libheif';
import { hdrGamut, hdrToSrgb8, hdrTransfer, type HdrGamut, type HdrTransfer } from './hdr';
import { wrapInTiff } from './raw-tiff';

export type HeicResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UserError };

export interface HeicHeader {
  /** Displayed size, after the file's rotation. */
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
  /** More than 8 bits a sample (an HDR photo is; such a decode holds 16-bit planes). */
  readonly deep: boolean;
}

/** libheif's heif_error_code values that mean "not a kind of HEIF this build decodes". */
const UNSUPPORTED_CODES = new Set([
  3, // Unsupported_filetype
  4, // Unsupported_feature
  7, // Decoder_plugin_error
]);
/** heif_suberror_Security_limit_exceeded: libheif's own size limits. */
const SECURITY_LIMIT = 1000;

function fourcc(text: string): number {
  return [...text].reduce((n, ch) => n * 256 + ch.charCodeAt(0), 0);
}

/** Colour profile kinds, as heif_image_handle_get_color_profile_type names them. */
const PROFILE = { icc: fourcc('prof'), restrictedIcc: fourcc('rICC'), nclx: fourcc('nclx') };

function toUserError(err: HeifError): UserError {
  const sub = (err as { subcode?: { value: number } }).subcode?.value;
  if (sub === SECURITY_LIMIT) return imageErrors.heicTooLarge();
  if (UNSUPPORTED_CODES.has(err.code.value)) return imageErrors.heicUnsupported();
  return imageErrors.heicCorrupt();
}

/**
 * Opens `bytes` in a libheif context and hands its primary image to `use`; frees both after. A
 * throw from inside the module (an abort on data its decoder could not handle) fails this file
 * alone: the module is dropped, and the next file gets a fresh one.
 */
function withPrimary<T>(
  bytes: Uint8Array,
  use: (lib: LibHeif, handle: HeifObject) => HeicResult<T>,
): HeicResult<T> {
  try {
    return openPrimary(bytes, use);
  } catch {
    dropLibheif(true);
    return { ok: false, error: imageErrors.heicCorrupt() };
  } finally {
    dropLibheif();
  }
}

function openPrimary<T>(
  bytes: Uint8Array,
  use: (lib: LibHeif, handle: HeifObject) => HeicResult<T>,
): HeicResult<T> {
  const lib = libheif();
  const ctx = lib.heif_context_alloc();
  try {
    const read = lib.heif_context_read_from_memory(ctx, bytes);
    if (read.code.value !== 0) return { ok: false, error: toUserError(read) };
    const handle = lib.heif_js_context_get_primary_image_handle(ctx);
    if (isHeifError(handle)) return { ok: false, error: toUserError(handle) };
    try {
      return use(lib, handle);
    } finally {
      lib.heif_image_handle_release(handle);
    }
  } finally {
    lib.heif_context_free(ctx);
  }
}

/** The primary image's displayed size, whether it has alpha and its depth, from the boxes only. */
export function readHeicHeader(bytes: Uint8Array): HeicResult<HeicHeader> {
  return withPrimary(bytes, (lib, handle) => {
    const width = lib.heif_image_handle_get_width(handle);
    const height = lib.heif_image_handle_get_height(handle);
    if (width <= 0 || height <= 0) return { ok: false, error: imageErrors.heicCorrupt() };
    const hasAlpha = lib.heif_image_handle_has_alpha_channel(handle) !== 0;
    // An HDR file is decoded to 16-bit samples whatever its own depth.
    const ptr = handle.$$.ptr;
    const deep = lib._heif_image_handle_get_luma_bits_per_pixel(ptr) > 8 || isHdr(lib, ptr);
    return { ok: true, value: { width, height, hasAlpha, deep } };
  });
}

/** Calls a C function that fills a heif_error struct (12 bytes) and returns whether it succeeded. */
function callChecked(lib: LibHeif, call: (errorPtr: number) => void): boolean {
  const errorPtr = lib._malloc(12);
  try {
    call(errorPtr);
    return new DataView(lib.HEAPU8.buffer).getInt32(errorPtr, true) === 0;
  } finally {
    lib._free(errorPtr);
  }
}

function rawIcc(lib: LibHeif, ptr: number): Uint8Array | null {
  const size = lib._heif_image_handle_get_raw_color_profile_size(ptr);
  if (size <= 0) return null;
  const out = lib._malloc(size);
  try {
    const ok = callChecked(lib, (err) =>
      lib._heif_image_handle_get_raw_color_profile(err, ptr, out),
    );
    return ok ? lib.HEAPU8.slice(out, out + size) : null;
  } finally {
    lib._free(out);
  }
}

/** The nclx colour primaries and transfer (H.273 codes), or null when the file has none. */
function nclxCodes(lib: LibHeif, ptr: number): { primaries: number; transfer: number } | null {
  const outPtr = lib._malloc(4);
  try {
    const ok = callChecked(lib, (err) =>
      lib._heif_image_handle_get_nclx_color_profile(err, ptr, outPtr),
    );
    if (!ok) return null;
    const view = new DataView(lib.HEAPU8.buffer);
    const profile = view.getUint32(outPtr, true);
    if (profile === 0) return null;
    // struct heif_color_profile_nclx { uint8_t version; enum color_primaries;
    // enum transfer_characteristics; ... }: offsets 4 and 8.
    const primaries = view.getInt32(profile + 4, true);
    const transfer = view.getInt32(profile + 8, true);
    lib._heif_nclx_color_profile_free(profile);
    return { primaries, transfer };
  } finally {
    lib._free(outPtr);
  }
}

/**
 * What the decoded RGB values mean: an embedded ICC profile, Display P3 (nclx), an HDR signal
 * (nclx PQ or HLG, made into sRGB by ./hdr), or sRGB.
 */
export type HeicColour =
  | { readonly kind: 'icc'; readonly icc: Uint8Array }
  | { readonly kind: 'p3' }
  | { readonly kind: 'hdr'; readonly transfer: HdrTransfer; readonly gamut: HdrGamut }
  | { readonly kind: 'srgb' };

function colourOf(lib: LibHeif, handle: HeifObject): HeicColour {
  const ptr = handle.$$.ptr;
  const type = lib._heif_image_handle_get_color_profile_type(ptr);
  if (type === PROFILE.icc || type === PROFILE.restrictedIcc) {
    const icc = rawIcc(lib, ptr);
    if (icc) return { kind: 'icc', icc };
  }
  const nclx = type === PROFILE.nclx ? nclxCodes(lib, ptr) : null;
  if (!nclx) return { kind: 'srgb' };
  const gamut = hdrGamut(nclx.primaries);
  const transfer = hdrTransfer(nclx.transfer);
  if (transfer) return { kind: 'hdr', transfer, gamut };
  // Other primaries (BT.709 is sRGB's own) are taken as sRGB; phones write sRGB or Display P3.
  return { kind: gamut === 'p3' ? 'p3' : 'srgb' };
}

/** Whether the file's nclx box names an HDR signal (its ICC profile, if any, is not read). */
function isHdr(lib: LibHeif, ptr: number): boolean {
  if (lib._heif_image_handle_get_color_profile_type(ptr) !== PROFILE.nclx) return false;
  return hdrTransfer(nclxCodes(lib, ptr)?.transfer ?? null) !== null;
}

/** Divides RGBA colours by their alpha, in place: what every other source's pixels look like. */
export function unpremultiply(rgba: Uint8Array): void {
  for (let i = 0; i < rgba.length; i += 4) {
    const alpha = rgba[i + 3]!;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = i; c < i + 3; c += 1) {
      rgba[c] = Math.min(255, Math.round((rgba[c]! * 255) / alpha));
    }
  }
}

/** 8 bits a sample, or 16 for an HDR signal, which ./hdr brings down to 8-bit sRGB itself. */
function chromaFor(lib: LibHeif, channels: 3 | 4, hdr: boolean) {
  const chroma = lib.heif_chroma;
  if (hdr) {
    return channels === 4
      ? chroma.heif_chroma_interleaved_RRGGBBAA_LE
      : chroma.heif_chroma_interleaved_RRGGBB_LE;
  }
  return channels === 4 ? chroma.heif_chroma_interleaved_RGBA : chroma.heif_chroma_interleaved_RGB;
}

export interface DecodedHeic {
  /** An uncompressed TIFF of the oriented pixels, tagged with `colour` when it is an ICC profile. */
  readonly tiff: Uint8Array;
  readonly colour: HeicColour;
}

/**
 * Decodes the primary image to 8-bit RGB(A), oriented, and wraps it with its colour profile.
 * `maxPixels` is checked against the header before a pixel is decoded. `p3Icc` is the Display P3
 * profile, for files that name P3 by its nclx code instead of embedding a profile.
 */
export function decodeHeic(
  bytes: Uint8Array,
  maxPixels: number,
  p3Icc: Uint8Array,
): HeicResult<DecodedHeic> {
  return withPrimary(bytes, (lib, handle) => {
    const width = lib.heif_image_handle_get_width(handle);
    const height = lib.heif_image_handle_get_height(handle);
    if (width * height > maxPixels) {
      return { ok: false, error: imageErrors.tooManyPixels(width, height, maxPixels) };
    }
    const channels = lib.heif_image_handle_has_alpha_channel(handle) !== 0 ? 4 : 3;
    const colour = colourOf(lib, handle);
    const icc = colour.kind === 'icc' ? colour.icc : colour.kind === 'p3' ? p3Icc : null;
    const hdr = colour.kind === 'hdr' ? colour : null;
    const decoded = lib.heif_js_decode_image2(
      handle,
      lib.heif_colorspace.heif_colorspace_RGB,
      chromaFor(lib, channels, hdr !== null),
    );
    if (!decoded || isHeifError(decoded)) {
      return { ok: false, error: decoded ? toUserError(decoded) : imageErrors.heicCorrupt() };
    }
    try {
      const plane = decoded.channels.find(
        (c) => c.id.value === lib.heif_channel.heif_channel_interleaved.value,
      );
      if (!plane || plane.width !== width || plane.height !== height) {
        return { ok: false, error: imageErrors.heicCorrupt() };
      }
      const row = width * channels;
      const premultiplied =
        channels === 4 && lib.heif_image_handle_is_premultiplied_alpha(handle) !== 0;
      const tiff = wrapInTiff({ width, height, channels }, icc, (pixels) => {
        if (hdr) {
          // libheif widens an 8-bit file to 10 bits here: the range is the decoded image's own.
          const bits = lib._heif_image_get_bits_per_pixel_range(
            decoded.image.$$.ptr,
            plane.id.value,
          );
          const { transfer, gamut } = hdr;
          hdrToSrgb8(plane, { channels, bits, transfer, gamut, premultiplied }, pixels);
          return;
        }
        // Straight from libheif's memory; rows there may be padded to `stride`.
        for (let y = 0; y < height; y += 1) {
          pixels.set(plane.data.subarray(y * plane.stride, y * plane.stride + row), y * row);
        }
        if (premultiplied) unpremultiply(pixels);
      });
      return { ok: true, value: { tiff, colour } };
    } finally {
      lib.heif_image_release(decoded.image);
    }
  });
}
