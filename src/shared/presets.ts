/** Formats a variant can be encoded to. */
export type OutputFormat = 'webp' | 'avif' | 'jpeg' | 'png';

/** The two variants every upload produces. */
export type VariantName = 'main' | 'thumb';

export const VARIANT_NAMES: readonly VariantName[] = ['main', 'thumb'];

export const OUTPUT_FORMATS: readonly OutputFormat[] = ['webp', 'avif', 'jpeg', 'png'];

/** How one variant is made: data, not code, so users can change it. */
export interface VariantPreset {
  readonly format: OutputFormat;
  /** Longest side in pixels. Images are never enlarged. */
  readonly maxSide: number;
  /** Hard cap on the encoded size in bytes. */
  readonly maxBytes: number;
}

export type Presets = { readonly [K in VariantName]: VariantPreset };

/**
 * The defaults. Caps use decimal kilobytes (200 KB = 200,000 bytes) so a file under the cap is
 * under it whichever way a reader counts a kilobyte.
 */
export const DEFAULT_PRESETS: Presets = {
  main: { format: 'webp', maxSide: 800, maxBytes: 200_000 },
  thumb: { format: 'png', maxSide: 50, maxBytes: 10_000 },
};

/** Bounds of a variant, read by the settings fields and by main's settings checks (bytes; the fields show KB). */
export const PRESET_LIMITS = {
  minSide: 16,
  maxSide: 8192,
  minBytes: 1_000,
  maxBytes: 20_000_000,
} as const;

/** File extension used for an output format. */
export function extensionFor(format: OutputFormat): string {
  return format === 'jpeg' ? 'jpg' : format;
}
