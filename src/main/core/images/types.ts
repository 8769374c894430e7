import type { UserError } from '../../../shared/errors';
import type { SourceImage, VariantInfo, Variants } from '../../../shared/jobs';
import type { Presets } from '../../../shared/presets';

/** One file to turn into both variants. Plain data: it crosses the worker boundary. */
export interface ProcessRequest {
  readonly path: string;
  readonly presets: Presets;
  readonly maxInputBytes: number;
}

/** An encoded variant and its bytes (a Uint8Array, since it is structured-cloned). */
export interface EncodedVariant {
  readonly info: VariantInfo;
  readonly data: Uint8Array;
}

/** What reading did to the file system, so tests (and logs) can check "read once". */
export interface ReadStats {
  readonly opens: number;
  readonly bytesRead: number;
}

export type ProcessResult =
  | {
      readonly ok: true;
      readonly image: SourceImage;
      readonly variants: Variants<EncodedVariant>;
      /** sha256 (hex) of the source bytes, for idempotent upload names. */
      readonly sourceHash: string;
      readonly stats: ReadStats;
    }
  | { readonly ok: false; readonly error: UserError; readonly stats: ReadStats };

/** Called while a file is processed (the UI shows dimensions before the variants are ready). */
export interface ProcessHooks {
  onImage?(image: SourceImage): void;
  /** The file's SHA-256, as soon as it is known (while the pixels are still being decoded). */
  onHash?(sha256: string): void;
  /** Resolves when a decode that needs `bytes` at once may start (the pool's turn). */
  admit?(bytes: number): Promise<void>;
}

/** Decoded pixels: 8-bit sRGB, 3 channels or 4 with alpha. */
export interface RawImage {
  readonly data: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
}
