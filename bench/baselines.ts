/**
 * The two baselines the pipeline is measured against, run with the same sharp settings as the
 * worker (one libvips thread, no cache) and from the same file bytes.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import type { Presets, VariantPreset } from '../src/shared/presets';
import { FORMAT_RULES } from '../src/main/core/images/worker/encoders';

const inside = (side: number) => ({
  width: side,
  height: side,
  fit: 'inside' as const,
  withoutEnlargement: true,
});

/** The floor: read, decode and shrink to the main size; encode nothing. */
export async function floor(path: string, presets: Presets): Promise<void> {
  const bytes = await readFile(path);
  await sharp(bytes, { autoOrient: true }).resize(inside(presets.main.maxSide)).raw().toBuffer();
}

/**
 * What a quick port of the old server code does: for each variant, decode the original again,
 * resize, encode with default settings, and lower the quality by 5 until it fits. It starts at
 * the same top quality as our search, so both aim at the same result.
 */
async function naiveVariant(bytes: Buffer, preset: VariantPreset): Promise<number> {
  let quality = FORMAT_RULES[preset.format].maxQuality;
  let encodes = 0;
  for (;;) {
    const out = await sharp(bytes, { autoOrient: true })
      .resize(inside(preset.maxSide))
      .toFormat(preset.format, { quality })
      .toBuffer();
    encodes += 1;
    if (out.length <= preset.maxBytes || quality <= 5) return encodes;
    quality -= 5;
  }
}

/** The naive port for both variants; returns the encodes it needed. */
export async function naive(
  path: string,
  presets: Presets,
): Promise<{ main: number; thumb: number }> {
  const bytes = await readFile(path);
  return {
    main: await naiveVariant(bytes, presets.main),
    thumb: await naiveVariant(bytes, presets.thumb),
  };
}
