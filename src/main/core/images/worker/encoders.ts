/**
 * How each output format is encoded and which qualities the budget search may use. Efforts were
 * picked with the bench (see docs/images.md): they cut encode time without costing quality.
 */
import type { OutputFormat } from '../../../../shared/presets';
import { fromRaw } from './raw';
import type { RawImage } from '../types';

export interface FormatRule {
  /** Below this the picture looks broken; the search shrinks the image instead. */
  readonly minQuality: number;
  /** The search starts here; above it bytes grow fast for no visible gain. */
  readonly maxQuality: number;
  /** Qualities tried are minQuality + k × step (1 = every integer). */
  readonly qualityStep: number;
  encode(img: RawImage, quality: number): Promise<Uint8Array>;
}

/** PNG "quality" 100 is lossless; below that it is palette quantisation (libimagequant). */
const PNG_LOSSLESS = 100;

/** Palette size for a PNG quality: 256 colours down to 60, then 16. */
function paletteColours(quality: number): number {
  return quality >= 60 ? 256 : 16;
}

const WHITE = { r: 255, g: 255, b: 255 };

/**
 * libwebp's method (0-6) for WebP output. 2 is twice as fast as the default 4 and within 2% of
 * its size at these qualities; 0 is faster again but needs about 10% more bytes for the same
 * picture (`npm run bench` measures both).
 */
export const WEBP_EFFORT = 2;

export const FORMAT_RULES: { readonly [F in OutputFormat]: FormatRule } = {
  webp: {
    minQuality: 50,
    maxQuality: 90,
    qualityStep: 1,
    encode: (img, quality) => fromRaw(img).webp({ quality, effort: WEBP_EFFORT }).toBuffer(),
  },
  avif: {
    minQuality: 30,
    maxQuality: 70,
    qualityStep: 1,
    // effort 0 is ~40x faster than 4 for about the same size at these qualities.
    encode: (img, quality) => fromRaw(img).avif({ quality, effort: 0 }).toBuffer(),
  },
  jpeg: {
    minQuality: 50,
    maxQuality: 90,
    qualityStep: 1,
    // JPEG has no alpha: transparent areas become white, as on most web pages.
    encode: (img, quality) =>
      fromRaw(img).flatten({ background: WHITE }).jpeg({ quality }).toBuffer(),
  },
  png: {
    minQuality: 40,
    maxQuality: PNG_LOSSLESS,
    // Palette size and libimagequant's quality move bytes in plateaus; finer steps only add
    // encodes that land on the same size.
    qualityStep: 10,
    encode: (img, quality) =>
      quality >= PNG_LOSSLESS
        ? fromRaw(img).png({ compressionLevel: 9, adaptiveFiltering: true }).toBuffer()
        : fromRaw(img)
            .png({ palette: true, quality, colours: paletteColours(quality), effort: 7 })
            .toBuffer(),
  },
};
