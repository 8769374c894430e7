/**
 * libheif compiled to WebAssembly (the `libheif-js` package, its `wasm-bundle` entry), typed for
 * the few calls the worker makes. sharp's prebuilt libvips reads HEIF containers but has no HEVC
 * decoder, so HEIC photos are decoded here (see docs/images.md, "HEIC and HEIF").
 *
 * The module is loaded on the first HEIC, not when the worker starts: it costs about 100 ms and
 * 20 MB, which workers that never see a HEIC should not pay. The bundle carries its .wasm inside
 * the JavaScript, so it loads from the app's archive like any other module.
 */
import { createRequire } from 'node:module';

/** An Embind object of libheif's (context, image handle, image); `$$.ptr` is its C pointer. */
export interface HeifObject {
  readonly $$: { readonly ptr: number };
}

export interface HeifError {
  readonly code: { readonly value: number };
  readonly message: string;
}

export interface HeifPlane {
  readonly id: { readonly value: number };
  readonly width: number;
  readonly height: number;
  readonly stride: number;
  /** A view into the module's memory: copy before the next call that may allocate. */
  readonly data: Uint8Array;
}

export interface HeifDecodedImage {
  readonly image: HeifObject;
  readonly channels: readonly HeifPlane[];
}

type Enum = { readonly value: number };

/** What the worker uses of libheif-js: its Embind helpers and a few raw C exports. */
export interface LibHeif {
  readonly HEAPU8: Uint8Array;
  heif_context_alloc(): HeifObject;
  heif_context_free(ctx: HeifObject): void;
  heif_context_read_from_memory(ctx: HeifObject, bytes: Uint8Array): HeifError;
  /** The primary image's handle, or an error object (with `code`) when there is none. */
  heif_js_context_get_primary_image_handle(ctx: HeifObject): HeifObject | HeifError;
  heif_image_handle_release(handle: HeifObject): void;
  /** Width and height as displayed: after the file's rotation, mirroring and crop. */
  heif_image_handle_get_width(handle: HeifObject): number;
  heif_image_handle_get_height(handle: HeifObject): number;
  heif_image_handle_has_alpha_channel(handle: HeifObject): number;
  /** Colours stored multiplied by alpha; libheif hands them on that way. */
  heif_image_handle_is_premultiplied_alpha(handle: HeifObject): number;
  /** Decodes with the file's transformations applied (libheif's default options). */
  heif_js_decode_image2(
    handle: HeifObject,
    colorspace: Enum,
    chroma: Enum,
  ): HeifDecodedImage | HeifError | null;
  heif_image_release(image: HeifObject): void;
  readonly heif_colorspace: { readonly heif_colorspace_RGB: Enum };
  readonly heif_chroma: {
    readonly heif_chroma_interleaved_RGB: Enum;
    readonly heif_chroma_interleaved_RGBA: Enum;
    /** 16 bits a sample, little-endian; the range used is the decoded image's (at least 10). */
    readonly heif_chroma_interleaved_RRGGBB_LE: Enum;
    readonly heif_chroma_interleaved_RRGGBBAA_LE: Enum;
  };
  readonly heif_channel: { readonly heif_channel_interleaved: Enum };
  _malloc(bytes: number): number;
  _free(ptr: number): void;
  _heif_image_handle_get_color_profile_type(handle: number): number;
  _heif_image_handle_get_luma_bits_per_pixel(handle: number): number;
  /** Bits used of each sample of a decoded image's channel (its range, whatever the container). */
  _heif_image_get_bits_per_pixel_range(image: number, channel: number): number;
  _heif_image_handle_get_raw_color_profile_size(handle: number): number;
  /** C functions that return a heif_error struct take a pointer for it first. */
  _heif_image_handle_get_raw_color_profile(error: number, handle: number, out: number): void;
  _heif_image_handle_get_nclx_color_profile(error: number, handle: number, out: number): void;
  _heif_nclx_color_profile_free(profile: number): void;
}

/** The package's files in the module cache (the entry and the bundle it instantiates). */
const PACKAGE_FILE = /[\\/]libheif-js[\\/]/;

/**
 * WebAssembly memory only grows: after a 48-megapixel photo the module keeps some 400 MB. Past
 * this the module is dropped after the file, and the next HEIC loads a fresh one (~100 ms).
 */
export const KEEP_HEAP_BYTES = 128 * 1024 * 1024;

// Called with the literal package name, so the packaging check sees which package the worker
// loads. Not named `require`: the bundler declares that name itself in the built worker.
const requireHere = createRequire(import.meta.url);
let loaded: LibHeif | null = null;

/** The libheif module, loaded on first use. */
export function libheif(): LibHeif {
  loaded ??= requireHere('libheif-js/wasm-bundle') as LibHeif;
  return loaded;
}

/**
 * Forgets the module (and its memory, once collected): after a failure inside it, whose state is
 * then unknown, or when its memory grew past KEEP_HEAP_BYTES. The next call loads it afresh.
 */
export function dropLibheif(force = false): void {
  if (!loaded || (!force && loaded.HEAPU8.length <= KEEP_HEAP_BYTES)) return;
  loaded = null;
  for (const file of Object.keys(requireHere.cache)) {
    if (PACKAGE_FILE.test(file)) delete requireHere.cache[file];
  }
}

/** True when `value` is one of libheif's error objects rather than what was asked for. */
export function isHeifError(value: unknown): value is HeifError {
  return typeof value === 'object' && value !== null && 'code' in value;
}
