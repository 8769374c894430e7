import sharp from 'sharp';
import { beforeAll, expect, it } from 'vitest';
import { decodeHeic, readHeicHeader } from '../../../../../../src/main/core/images/worker/heic';
import { displayP3Profile, inspect } from '../../../../../../src/main/core/images/worker/decode';
import { MAX_INPUT_PIXELS } from '../../../../../../src/main/core/images/limits';
import { processFile } from '../../../../../../src/main/core/images/worker/process';
import { DEFAULT_PRESETS } from '../../../../../../src/shared/presets';
import { dropLibheif, libheif } from '../../../../../../src/main/core/images/worker/libheif';
import * as heic from '../../../../../support/heic';
import { put, tempDir } from '../../../../../support/images';
import { describeHeic } from '../../../../../support/heic-suite';

let p3: Uint8Array;
beforeAll(async () => {
  p3 = await displayP3Profile();
});

async function pixelOf(tiff: Uint8Array, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(tiff)
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + info.channels)];
}

describeHeic('the HEIC decode helper', () => {
  it('reads the displayed size from the header, after the file rotation', async () => {
    const header = readHeicHeader(await heic.rotatedHeic(300, 200));
    expect(header).toEqual({
      ok: true,
      value: { width: 200, height: 300, hasAlpha: false, deep: false },
    });
  });

  it('decodes the primary image turned by its irot box once, ignoring the EXIF orientation', async () => {
    const decoded = decodeHeic(await heic.rotatedHeic(300, 200), MAX_INPUT_PIXELS, p3);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const meta = await sharp(decoded.value.tiff).metadata();
    // No orientation left for sharp to apply on top (a TIFF's default, 1, means as stored).
    expect([meta.width, meta.height, meta.orientation ?? 1, meta.exif]).toEqual([
      200,
      300,
      1,
      undefined,
    ]);
    // The stored left half (red) is on top once turned clockwise; the right half (blue) below.
    const [r1, g1, b1] = await pixelOf(decoded.value.tiff, 100, 20);
    expect(r1).toBeGreaterThan(230);
    expect(Math.max(g1!, b1!)).toBeLessThan(30);
    const [r2, , b2] = await pixelOf(decoded.value.tiff, 100, 280);
    expect(b2).toBeGreaterThan(230);
    expect(r2).toBeLessThan(30);
  });

  it('hands on an embedded ICC profile, and the P3 profile for an nclx box naming P3', async () => {
    const icc = decodeHeic(await heic.p3IccHeic(32, 24), MAX_INPUT_PIXELS, p3);
    if (!icc.ok) throw new Error(icc.error.message);
    expect(icc.value.colour.kind).toBe('icc');
    const nclx = decodeHeic(await heic.p3NclxHeic(32, 24), MAX_INPUT_PIXELS, p3);
    if (!nclx.ok) throw new Error(nclx.error.message);
    expect(nclx.value.colour).toEqual({ kind: 'p3' });
    for (const tiff of [icc.value.tiff, nclx.value.tiff]) {
      // The raw numbers are P3's (≈ 234,51,35); through the profile they are sRGB red.
      expect((await sharp(tiff).metadata()).icc).toBeDefined();
      const [r, g, b] = await pixelOf(tiff, 10, 10);
      expect(r).toBeGreaterThan(245);
      expect(Math.max(g!, b!)).toBeLessThan(15);
    }
    const plain = decodeHeic(await heic.photoHeic(32, 24), MAX_INPUT_PIXELS, p3);
    expect(plain.ok && plain.value.colour).toEqual({ kind: 'srgb' });
    expect(plain.ok && (await sharp(plain.value.tiff).metadata()).icc).toBeUndefined();
  });

  it('makes an HDR photo (PQ or HLG, BT.2020) into sRGB: SDR white near white, grey grey, highlights apart', async () => {
    // PQ signals for SDR white (203 nits), 18 % of it, and 1000 nits; HLG's for the same white
    // (75 %), black and its brightest.
    const signals = [0.5807, 0.4109, 0.7518];
    const file = await heic.hdrHeic('pq', signals);
    const pq = decodeHeic(file, MAX_INPUT_PIXELS, p3);
    if (!pq.ok) throw new Error(pq.error.message);
    expect(pq.value.colour).toEqual({ kind: 'hdr', transfer: 'pq', gamut: 'bt2020' });
    expect((await sharp(pq.value.tiff).metadata()).icc).toBeUndefined();
    const greens = async (tiff: Uint8Array) =>
      Promise.all([16, 48, 80].map(async (x) => (await pixelOf(tiff, x, 16))[1]!));
    const [white, grey, bright] = await greens(pq.value.tiff);
    // Read as if it were sRGB, the same file gives 148, 105 and 192: grey and flat.
    expect(white).toBeGreaterThanOrEqual(234);
    expect(white).toBeLessThanOrEqual(242);
    expect(white).toBeLessThan(bright!);
    expect(grey).toBeGreaterThan(108);
    expect(grey).toBeLessThan(128);
    // Its decode holds 16-bit planes, and asks the pool for that much memory (96 × 32 pixels).
    expect(readHeicHeader(file)).toMatchObject({ ok: true, value: { deep: true } });
    const inspected = await inspect(file, 'heic', 800);
    expect(inspected.ok && inspected.value.decodeBytes).toBe(96 * 32 * (3 + 3 * 4));
    // Stored at 8 bits, libheif widens it to 10: the same light, not all of it past 10,000 nits.
    const shallow = await heic.hdrHeic('pq', signals, 8);
    expect(readHeicHeader(shallow)).toMatchObject({ ok: true, value: { deep: true } });
    const eight = decodeHeic(shallow, MAX_INPUT_PIXELS, p3);
    if (!eight.ok) throw new Error(eight.error.message);
    // (8-bit steps and an 8-bit HEVC encode move its levels a little: 231, 117 and 247 here.)
    const [white8, grey8, bright8] = await greens(eight.value.tiff);
    expect(white8).toBeGreaterThan(222);
    expect(white8).toBeLessThan(bright8!);
    expect(Math.abs(grey8! - grey!)).toBeLessThanOrEqual(4);
    const hlg = decodeHeic(await heic.hdrHeic('hlg', [0.75, 0, 1]), MAX_INPUT_PIXELS, p3);
    if (!hlg.ok) throw new Error(hlg.error.message);
    expect(hlg.value.colour).toEqual({ kind: 'hdr', transfer: 'hlg', gamut: 'bt2020' });
    const [hlgWhite, black, top] = await greens(hlg.value.tiff);
    expect(hlgWhite).toBeGreaterThanOrEqual(234);
    expect(hlgWhite).toBeLessThanOrEqual(242);
    expect(black).toBeLessThan(4);
    expect(top).toBe(255);
  });

  it('keeps an alpha plane as a fourth channel, not premultiplied', async () => {
    const decoded = decodeHeic(await heic.alphaHeic(120, 80), MAX_INPUT_PIXELS, p3);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const meta = await sharp(decoded.value.tiff).metadata();
    expect([meta.channels, meta.hasAlpha]).toEqual([4, true]);
    // The ramp runs from transparent at the left edge to opaque at the right.
    expect((await pixelOf(decoded.value.tiff, 0, 40))[3]).toBeLessThan(20);
    expect((await pixelOf(decoded.value.tiff, 119, 40))[3]).toBeGreaterThan(235);
  });

  it('divides premultiplied colours by their alpha, so they look like any other source', async () => {
    const plain = decodeHeic(await heic.alphaHeic(120, 80), MAX_INPUT_PIXELS, p3);
    const flagged = decodeHeic(await heic.alphaHeic(120, 80, true), MAX_INPUT_PIXELS, p3);
    if (!plain.ok || !flagged.ok) throw new Error('both should decode');
    // Same stored numbers; read as premultiplied they are c × 255 / alpha.
    for (const x of [30, 60, 90]) {
      const [r, g, b, a] = await pixelOf(plain.value.tiff, x, 40);
      const divided = [r!, g!, b!].map((c) => Math.min(255, Math.round((c * 255) / a!)));
      const got = await pixelOf(flagged.value.tiff, x, 40);
      expect(got[3]).toBe(a);
      for (let c = 0; c < 3; c += 1) expect(Math.abs(got[c]! - divided[c]!)).toBeLessThanOrEqual(1);
    }
  });

  it('decodes the primary image of a file that holds several', async () => {
    const file = await heic.twoImageHeic();
    expect(readHeicHeader(file)).toMatchObject({ ok: true, value: { width: 120, height: 80 } });
    const decoded = decodeHeic(file, MAX_INPUT_PIXELS, p3);
    if (!decoded.ok) throw new Error(decoded.error.message);
    expect(await sharp(decoded.value.tiff).metadata()).toMatchObject({ width: 120, height: 80 });
    const [r, g, b] = await pixelOf(decoded.value.tiff, 60, 40);
    expect([r! > 240, g! < 15, b! < 15]).toEqual([true, true, true]);
  });

  it('checks the pixel limit from the header before decoding', async () => {
    const bomb = heic.withDeclaredSize(await heic.photoHeic(64, 64), 30_000, 30_000);
    expect(readHeicHeader(bomb)).toEqual({
      ok: true,
      value: { width: 30_000, height: 30_000, hasAlpha: false, deep: false },
    });
    const decoded = decodeHeic(bomb, MAX_INPUT_PIXELS, p3);
    expect(decoded).toMatchObject({ ok: false, error: { code: 'too-many-pixels' } });
    const small = decodeHeic(await heic.photoHeic(64, 64), 64 * 63, p3);
    expect(small).toMatchObject({ ok: false, error: { code: 'too-many-pixels' } });
  });

  it('refuses a truncated file with the HEIC sentence, and decodes the next file fine', async () => {
    for (const cut of [
      await heic.truncatedHeic(400, 300),
      (await heic.photoHeic(64, 64)).subarray(0, 40),
    ]) {
      const decoded = decodeHeic(cut, MAX_INPUT_PIXELS, p3);
      expect(decoded).toMatchObject({ ok: false, error: { code: 'corrupt-image' } });
      expect(!decoded.ok && decoded.error.message).toMatch(
        /^This HEIC photo is damaged or incomplete/,
      );
    }
    expect(decodeHeic(await heic.photoHeic(64, 64), MAX_INPUT_PIXELS, p3).ok).toBe(true);
  });

  it('a HEIC bomb fails in the worker from its header alone, with the pixel sentence', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const bomb = heic.withDeclaredSize(await heic.photoHeic(64, 64), 30_000, 30_000);
      const path = await put(dir, 'bomb.heic', bomb);
      const result = await processFile({ path, presets: DEFAULT_PRESETS, maxInputBytes: 1e8 });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'too-many-pixels', message: expect.stringMatching(/30000 × 30000 pixels/) },
        stats: { opens: 1, bytesRead: bomb.length },
      });
    } finally {
      await cleanup();
    }
  });

  it('loads a fresh libheif after dropping one, and keeps a small one between files', async () => {
    const photo = await heic.photoHeic(64, 64);
    const first = libheif();
    expect(decodeHeic(photo, MAX_INPUT_PIXELS, p3).ok).toBe(true);
    expect(libheif()).toBe(first);
    dropLibheif(true);
    const fresh = libheif();
    expect(fresh).not.toBe(first);
    expect(decodeHeic(photo, MAX_INPUT_PIXELS, p3).ok).toBe(true);
  });
});
