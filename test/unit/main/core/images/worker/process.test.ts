import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SourceImage } from '../../../../../../src/shared/jobs';
import { DEFAULT_PRESETS, type Presets } from '../../../../../../src/shared/presets';
import { processFile } from '../../../../../../src/main/core/images/worker/process';
import type { ProcessResult } from '../../../../../../src/main/core/images/types';
import * as fx from '../../../../../support/images';

type Done = Extract<ProcessResult, { ok: true }>;

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await fx.tempDir());
});
afterAll(() => cleanup());

async function processBytes(
  name: string,
  bytes: Uint8Array | string,
  presets: Presets = DEFAULT_PRESETS,
): Promise<Done> {
  const path = await fx.put(dir, name, bytes);
  const result = await processFile({ path, presets, maxInputBytes: 50_000_000 });
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result;
}

/** The first pixel of an encoded variant, decoded again. */
async function pixelAt(data: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data: px, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...px.subarray(at, at + info.channels)];
}

describe('processFile: both variants from one read and one decode', () => {
  it('makes a WebP main and a PNG thumbnail of a large noisy photo within their budgets', async () => {
    const bytes = await fx.noisyJpeg(3000, 2000);
    const seen: SourceImage[] = [];
    const path = await fx.put(dir, 'photo.jpg', bytes);
    const result = await processFile(
      { path, presets: DEFAULT_PRESETS, maxInputBytes: 50_000_000 },
      { onImage: (image) => seen.push(image) },
    );
    if (!result.ok) throw new Error(result.error.message);
    expect(seen).toEqual([{ format: 'jpeg', width: 3000, height: 2000, animated: false }]);
    expect(result.image).toEqual(seen[0]);
    const { main, thumb } = result.variants;
    expect(main.info).toMatchObject({ variant: 'main', format: 'webp', width: 800, height: 533 });
    expect(main.info.bytes).toBe(main.data.length);
    expect(main.info.bytes).toBeLessThanOrEqual(200_000);
    expect(thumb.info).toMatchObject({ variant: 'thumb', format: 'png', width: 50, height: 33 });
    expect(thumb.info.bytes).toBeLessThanOrEqual(10_000);
    expect((await sharp(main.data).metadata()).format).toBe('webp');
    expect((await sharp(thumb.data).metadata()).format).toBe('png');
    expect(main.info.encodes).toBeGreaterThanOrEqual(1);
    expect(main.info.quality).toBeGreaterThanOrEqual(50);
    // Read once: one open, every byte exactly once; the hash is of those bytes.
    expect(result.stats).toEqual({ opens: 1, bytesRead: bytes.length });
    expect(result.sourceHash).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('never enlarges a small image', async () => {
    const result = await processBytes(
      'small.png',
      await fx.photo({ width: 300, height: 200, channels: 3 }).png().toBuffer(),
    );
    expect(result.variants.main.info).toMatchObject({ width: 300, height: 200 });
    const tiny = await processBytes(
      'tiny.png',
      await fx.solid(20, 10, { r: 0, g: 0, b: 0 }).png().toBuffer(),
    );
    expect(tiny.variants.thumb.info).toMatchObject({ width: 20, height: 10 });
  });

  it('applies EXIF orientation to the reported size and to both variants', async () => {
    const result = await processBytes('rotated.jpg', await fx.exifRotatedJpeg(1200, 800));
    expect(result.image).toMatchObject({ width: 800, height: 1200 });
    expect(result.variants.main.info).toMatchObject({ width: 533, height: 800 });
    expect(result.variants.thumb.info).toMatchObject({ width: 33, height: 50 });
    const meta = await sharp(result.variants.main.data).metadata();
    expect([meta.width, meta.height, meta.orientation]).toEqual([533, 800, undefined]);
  });

  it('converts CMYK, 16-bit, grayscale and ICC-profiled sources to 8-bit sRGB', async () => {
    const cmyk = await processBytes(
      'cmyk.jpg',
      await fx.cmykJpeg(200, 100, { r: 255, g: 0, b: 0 }),
    );
    const [r, g, b] = await pixelAt(cmyk.variants.main.data, 100, 50);
    expect(r).toBeGreaterThan(200);
    expect(g! + b!).toBeLessThan(60);

    const deep = await processBytes('deep.png', await fx.png16(400, 300));
    const deepMeta = await sharp(deep.variants.thumb.data).metadata();
    expect([deepMeta.depth, deepMeta.space]).toEqual(['uchar', 'srgb']);

    const gray = await processBytes('gray.jpg', await fx.grayJpeg(400, 300));
    expect(gray.variants.main.info.width).toBe(400);
    const [gr, gg, gb] = await pixelAt(gray.variants.thumb.data, 25, 18);
    expect(Math.max(gr!, gg!, gb!) - Math.min(gr!, gg!, gb!)).toBeLessThanOrEqual(2);

    // Display P3 red stored as (234,51,35): read with its profile it is sRGB red again.
    const p3 = await processBytes('p3.png', await fx.p3RedPng(64, 64));
    const [pr, pg, pb] = await pixelAt(p3.variants.thumb.data, 10, 10);
    expect(pr).toBeGreaterThan(250);
    expect(pg! + pb!).toBeLessThan(10);
    expect((await sharp(p3.variants.main.data).metadata()).icc).toBeUndefined();
  });

  it('keeps alpha in WebP and PNG, and flattens it onto white for JPEG', async () => {
    for (const format of ['png', 'webp'] as const) {
      const result = await processBytes(`alpha.${format}`, await fx.alphaImage(format, 600, 400));
      expect((await sharp(result.variants.main.data).metadata()).hasAlpha).toBe(true);
      expect((await sharp(result.variants.thumb.data).metadata()).hasAlpha).toBe(true);
      // The left edge is fully transparent in the source.
      expect((await pixelAt(result.variants.thumb.data, 0, 10))[3]).toBeLessThan(20);
    }
    const asJpeg = await processBytes('alpha-to-jpeg.png', await fx.alphaImage('png', 600, 400), {
      main: { format: 'jpeg', maxSide: 800, maxBytes: 200_000 },
      thumb: DEFAULT_PRESETS.thumb,
    });
    const meta = await sharp(asJpeg.variants.main.data).metadata();
    expect([meta.format, meta.hasAlpha]).toEqual(['jpeg', false]);
    const [wr, wg, wb] = await pixelAt(asJpeg.variants.main.data, 0, 200);
    expect(Math.min(wr!, wg!, wb!)).toBeGreaterThan(235);
  });

  it('strips GPS, author and camera serial metadata', async () => {
    const result = await processBytes('private.jpg', await fx.jpegWithPrivateMetadata(400, 300));
    for (const variant of [result.variants.main, result.variants.thumb]) {
      const meta = await sharp(variant.data).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      const text = Buffer.from(variant.data).toString('latin1');
      expect(text).not.toContain('Jane');
      expect(text).not.toContain('SN-123456');
    }
  });

  it('takes the first frame of animated GIF and WebP and says the source was animated', async () => {
    for (const format of ['gif', 'webp'] as const) {
      const result = await processBytes(`anim.${format}`, await fx.animated(format, 300, 200));
      expect(result.image).toEqual({ format, width: 300, height: 200, animated: true });
      const meta = await sharp(result.variants.main.data).metadata();
      expect([meta.width, meta.height, meta.pages ?? 1]).toEqual([300, 200, 1]);
      const [r, g, b] = await pixelAt(result.variants.thumb.data, 25, 16);
      expect(r).toBeGreaterThan(240);
      expect(g! + b!).toBeLessThan(20);
    }
  });

  it('rasterises SVG at the size needed, however large its declared size', async () => {
    const result = await processBytes('drawing.svg', fx.svg(2000, 1000));
    expect(result.image).toMatchObject({ format: 'svg', width: 2000, height: 1000 });
    expect(result.variants.main.info).toMatchObject({ width: 800, height: 400 });
    const [r, g, b] = await pixelAt(result.variants.main.data, 5, 5);
    expect([r! > 240, g! < 15, b! < 15]).toEqual([true, true, true]);
    const huge = await processBytes('huge.svg', fx.svg(100_000, 50_000));
    expect(huge.variants.main.info).toMatchObject({ width: 800, height: 400 });
  });

  it('accepts AVIF and TIFF input', async () => {
    const avif = await processBytes(
      'in.avif',
      await fx.photo({ width: 320, height: 240, channels: 3 }).avif().toBuffer(),
    );
    expect(avif.image.format).toBe('avif');
    const tiff = await processBytes(
      'in.tiff',
      await fx.photo({ width: 320, height: 240, channels: 3 }).tiff().toBuffer(),
    );
    expect(tiff.image.format).toBe('tiff');
    expect(tiff.variants.main.info.width).toBe(320);
  });

  it('reads the original file only once even when the byte budget forces several encodes', async () => {
    const bytes = await fx.noisyJpeg(1600, 1200, 11);
    const result = await processBytes('tight.jpg', bytes, {
      main: { format: 'webp', maxSide: 800, maxBytes: 20_000 },
      thumb: { format: 'png', maxSide: 50, maxBytes: 2_000 },
    });
    expect(result.variants.main.info.encodes).toBeGreaterThan(1);
    expect(result.stats).toEqual({ opens: 1, bytesRead: bytes.length });
    expect(Buffer.from(await readFile(`${dir}/tight.jpg`)).equals(bytes)).toBe(true);
  });
});
