import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { OUTPUT_FORMATS, type OutputFormat } from '../../../../../../src/shared/presets';
import { fitVariant, searchQuality } from '../../../../../../src/main/core/images/worker/budget';
import { FORMAT_RULES } from '../../../../../../src/main/core/images/worker/encoders';
import type { RawImage } from '../../../../../../src/main/core/images/types';
import { photoPixels } from '../../../../../support/images';

function noisy(width: number, height: number, channels: 3 | 4 = 3, noise = 0.6): RawImage {
  return { data: photoPixels({ width, height, channels, noise }), width, height, channels };
}

const SHARP_FORMAT: Record<OutputFormat, string> = {
  webp: 'webp',
  avif: 'heif',
  jpeg: 'jpeg',
  png: 'png',
};

describe('budget search', () => {
  it('finds the highest quality that fits: one step up is over the cap', async () => {
    const img = noisy(400, 300);
    for (const format of ['webp', 'jpeg'] as const) {
      const rule = FORMAT_RULES[format];
      const top = (await rule.encode(img, rule.maxQuality)).length;
      const low = (await rule.encode(img, rule.minQuality)).length;
      const cap = Math.round((top + low) / 2);
      const outcome = await searchQuality(img, rule, cap);
      const best = outcome.best;
      if (!best) throw new Error('a cap between the extremes must fit');
      expect(best.bytes).toBeLessThanOrEqual(cap);
      expect(best.quality).toBeLessThan(rule.maxQuality);
      expect((await rule.encode(img, best.quality + 1)).length).toBeGreaterThan(cap);
      // Seeded interpolation, not a walk down in steps of one.
      expect(outcome.encodes).toBeLessThanOrEqual(6);
    }
  });

  it('needs a single encode when the top quality already fits', async () => {
    const outcome = await searchQuality(noisy(200, 150), FORMAT_RULES.webp, 10_000_000);
    expect(outcome.encodes).toBe(1);
    expect(outcome.best?.quality).toBe(FORMAT_RULES.webp.maxQuality);
  });

  it('never exceeds tiny caps in any format: it shrinks the image until it fits', async () => {
    const img = noisy(800, 600, 4, 1);
    for (const format of OUTPUT_FORMATS) {
      for (const maxBytes of [1_000, 4_000]) {
        const outcome = await fitVariant(img, 'main', { format, maxSide: 800, maxBytes });
        if (!outcome.ok) throw new Error(`${format} ${maxBytes}: ${outcome.error.message}`);
        const { info, data } = outcome.variant;
        expect(data.length).toBe(info.bytes);
        expect(info.bytes).toBeLessThanOrEqual(maxBytes);
        expect(info.width).toBeLessThan(800);
        expect(info.quality).toBeGreaterThanOrEqual(FORMAT_RULES[format].minQuality);
        const meta = await sharp(data).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual([
          SHARP_FORMAT[format],
          info.width,
          info.height,
        ]);
      }
    }
  });

  it('uses palette quantisation for a PNG that does not fit losslessly', async () => {
    const outcome = await fitVariant(noisy(50, 50, 4, 1), 'thumb', {
      format: 'png',
      maxSide: 50,
      maxBytes: 8_000,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.variant.info).toMatchObject({ width: 50, height: 50 });
    expect(outcome.variant.info.quality).toBeLessThan(100);
    expect(outcome.variant.info.quality % FORMAT_RULES.png.qualityStep).toBe(0);
    expect(outcome.variant.info.bytes).toBeLessThanOrEqual(8_000);
    expect((await sharp(outcome.variant.data).metadata()).isPalette).toBe(true);
  });

  it('fits the longest side of portrait and landscape images', async () => {
    const outcome = await fitVariant(noisy(300, 900), 'main', {
      format: 'jpeg',
      maxSide: 450,
      maxBytes: 1_000_000,
    });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.variant.info).toMatchObject({
      width: 150,
      height: 450,
      quality: 90,
      encodes: 1,
    });
  });
});
