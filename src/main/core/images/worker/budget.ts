/**
 * The budget search: the highest quality whose encoding fits the byte cap, in few encodes, and
 * smaller dimensions only when even the lowest acceptable quality does not fit.
 */
import type { UserError } from '../../../../shared/errors';
import type { VariantPreset, VariantName } from '../../../../shared/presets';
import { FORMAT_RULES, type FormatRule } from './encoders';
import { imageErrors } from '../image-errors';
import { shrinkRaw } from './raw';
import type { EncodedVariant, RawImage } from '../types';

/**
 * Bytes shrink by roughly this share per quality step (log scale) near the top of the range;
 * measured on the bench corpus for WebP/JPEG. Only the first guess uses it.
 */
const LOG_BYTES_PER_QUALITY = 0.05;
/** Dimension steps when the lowest quality does not fit. */
const MAX_SHRINK_STEPS = 12;

interface Attempt {
  readonly quality: number;
  readonly bytes: number;
  readonly data: Uint8Array;
}

export interface SearchOutcome {
  /** The highest-quality encoding that fits, or null if even the lowest quality is too big. */
  readonly best: Attempt | null;
  /** Size at the lowest quality tried when nothing fits (guides the shrink step). */
  readonly smallestBytes: number;
  readonly encodes: number;
}

/** Rounds a quality down onto the rule's grid (minQuality + k × step). */
function onGrid(quality: number, rule: FormatRule): number {
  return (
    rule.minQuality + Math.floor((quality - rule.minQuality) / rule.qualityStep) * rule.qualityStep
  );
}

/** Next quality to try, strictly between a fitting `lo` (if any) and a too-big `hi`. */
export function nextQuality(
  lo: Attempt | null,
  hi: Attempt,
  maxBytes: number,
  rule: FormatRule,
): number {
  const step = rule.qualityStep;
  if (!lo) {
    // Extrapolate down from the too-big size, one step past the estimate so the guess likely fits.
    const steps = Math.log(hi.bytes / maxBytes) / LOG_BYTES_PER_QUALITY;
    const guess = onGrid(hi.quality - steps - 1, rule);
    return Math.max(rule.minQuality, Math.min(hi.quality - step, guess));
  }
  const span = Math.log(hi.bytes) - Math.log(lo.bytes);
  const share = span > 0 ? (Math.log(maxBytes) - Math.log(lo.bytes)) / span : 0.5;
  const guess = onGrid(lo.quality + share * (hi.quality - lo.quality), rule);
  // Keep the guess off the bracket's edges so the bracket shrinks by a quarter at least.
  const margin = Math.max(
    step,
    onGrid(rule.minQuality + (hi.quality - lo.quality) / 4, rule) - rule.minQuality,
  );
  return Math.min(hi.quality - margin, Math.max(lo.quality + margin, guess));
}

/** Finds the highest quality on the rule's grid that fits `maxBytes` at this size. */
export async function searchQuality(
  img: RawImage,
  rule: FormatRule,
  maxBytes: number,
): Promise<SearchOutcome> {
  let lo: Attempt | null = null;
  let hi: Attempt | null = null;
  let quality = rule.maxQuality;
  let encodes = 0;
  for (;;) {
    const data = await rule.encode(img, quality);
    encodes += 1;
    const attempt = { quality, bytes: data.length, data };
    if (attempt.bytes <= maxBytes) lo = attempt;
    else hi = attempt;
    if (!hi) return { best: lo, smallestBytes: attempt.bytes, encodes };
    if (lo && hi.quality - lo.quality <= rule.qualityStep) {
      return { best: lo, smallestBytes: lo.bytes, encodes };
    }
    if (!lo && hi.quality <= rule.minQuality) {
      return { best: null, smallestBytes: hi.bytes, encodes };
    }
    quality = nextQuality(lo, hi, maxBytes, rule);
  }
}

export type FitOutcome =
  | { readonly ok: true; readonly variant: EncodedVariant }
  | { readonly ok: false; readonly error: UserError };

/**
 * Encodes one variant within its preset: fit the longest side, search the quality, and shrink
 * the dimensions step by step if needed. Never returns data over the cap.
 */
export async function fitVariant(
  decoded: RawImage,
  name: VariantName,
  preset: VariantPreset,
): Promise<FitOutcome> {
  const rule = FORMAT_RULES[preset.format];
  let current = await shrinkRaw(decoded, preset.maxSide);
  let encodes = 0;
  for (let step = 0; step <= MAX_SHRINK_STEPS; step += 1) {
    const outcome = await searchQuality(current, rule, preset.maxBytes);
    encodes += outcome.encodes;
    const best = outcome.best;
    if (best && best.bytes <= preset.maxBytes) {
      const info = {
        variant: name,
        format: preset.format,
        width: current.width,
        height: current.height,
        bytes: best.bytes,
        quality: best.quality,
        encodes,
      };
      return { ok: true, variant: { info, data: best.data } };
    }
    const longest = Math.max(current.width, current.height);
    if (longest <= 1) break;
    // Encoded size grows with the pixel count, so scale the side by the square root of the
    // overshoot; clamp so one step neither barely moves nor throws away most of the picture.
    const factor = Math.min(
      0.9,
      Math.max(0.3, Math.sqrt(preset.maxBytes / outcome.smallestBytes) * 0.95),
    );
    // Always from the decoded image, so repeated steps do not blur the picture further.
    current = await shrinkRaw(decoded, Math.max(1, Math.floor(longest * factor)));
  }
  return { ok: false, error: imageErrors.budgetUnreachable(name, preset.format, preset.maxBytes) };
}
