/**
 * What the main image's WebP effort costs and buys, on the same decoded pixels: encode time,
 * bytes and PSNR against the pixels encoded, at our effort and the faster ones. It shows what
 * the per-image target would take: the encode is most of ours beyond the floor.
 */
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { decodeShrunk, inspect } from '../src/main/core/images/worker/decode';
import { WEBP_EFFORT } from '../src/main/core/images/worker/encoders';
import { fromRaw } from '../src/main/core/images/worker/raw';
import type { RawImage } from '../src/main/core/images/types';
import type { CorpusImage } from './corpus';
import { mean, median, timed } from './measure';
import { ms, ratio, table } from './report';

/** Our setting first, then each faster one. */
const EFFORTS = Array.from({ length: WEBP_EFFORT + 1 }, (_, i) => WEBP_EFFORT - i);
const FASTEST = EFFORTS[EFFORTS.length - 1]!;

export interface EffortRow {
  readonly effort: number;
  /** Mean quality: the one asked for, or for the last row the ones that matched our bytes. */
  readonly quality: number;
  /** Means over the photos of each photo's median. */
  readonly ms: number;
  readonly bytes: number;
  readonly psnr: number;
}

/** Peak signal-to-noise ratio of 8-bit samples, in dB. */
export function psnr(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== b.length) throw new Error('PSNR of images of different sizes');
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) {
    const d = a[i]! - b[i]!;
    sum += d * d;
  }
  if (sum === 0) return Infinity;
  return 10 * Math.log10((255 * 255 * a.length) / sum);
}

async function decoded(path: string, format: CorpusImage['format'], side: number) {
  const bytes = await readFile(path);
  const inspected = await inspect(bytes, format, side);
  if (!inspected.ok) throw new Error(`${path}: ${inspected.error.message}`);
  const img = await decodeShrunk(bytes, inspected.value, side);
  if (!img.ok) throw new Error(`${path}: ${img.error.message}`);
  return img.value;
}

/** The encoded image decoded again, with the same channels as the pixels it came from. */
async function back(webp: Uint8Array, img: RawImage): Promise<Uint8Array> {
  const pipeline = sharp(webp);
  return (img.channels === 4 ? pipeline.ensureAlpha() : pipeline.removeAlpha()).raw().toBuffer();
}

/** The fastest effort at the highest quality whose file is no larger than `bytes`. */
async function sameBytes(img: RawImage, bytes: number, quality: number) {
  for (let q = quality; ; q -= 1) {
    const out = await fromRaw(img).webp({ quality: q, effort: FASTEST }).toBuffer();
    if (out.length <= bytes || q <= 1) return { quality: q, out };
  }
}

/**
 * Each effort at `quality` on every photo, `rounds` encodes each, interleaved; then the fastest
 * effort once more at the highest quality that makes files no larger than ours, which compares
 * the two at equal bytes.
 */
export async function webpEfforts(
  images: readonly CorpusImage[],
  side: number,
  quality: number,
  rounds: number,
): Promise<EffortRow[]> {
  const per = new Map<number, Samples>(EFFORTS.map((e) => [e, samples()]));
  const equal = samples();
  for (const image of images) {
    const img = await decoded(image.path, image.format, side);
    const times = new Map<number, number[]>(EFFORTS.map((e) => [e, []]));
    let outputs = new Map<number, Uint8Array>();
    for (let round = 0; round < rounds; round += 1) {
      outputs = new Map();
      for (const effort of EFFORTS) {
        const t = await timed(() => fromRaw(img).webp({ quality, effort }).toBuffer());
        times.get(effort)!.push(t.ms);
        outputs.set(effort, t.value);
      }
    }
    for (const effort of EFFORTS) {
      const out = outputs.get(effort)!;
      await add(per.get(effort)!, img, quality, median(times.get(effort)!), out);
    }
    const matched = await sameBytes(img, outputs.get(WEBP_EFFORT)!.length, quality);
    const again: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const opts = { quality: matched.quality, effort: FASTEST };
      again.push((await timed(() => fromRaw(img).webp(opts).toBuffer())).ms);
    }
    await add(equal, img, matched.quality, median(again), matched.out);
  }
  return [...EFFORTS.map((effort) => rowOf(effort, per.get(effort)!)), rowOf(FASTEST, equal)];
}

/** One row's samples, a photo at a time. */
interface Samples {
  readonly quality: number[];
  readonly ms: number[];
  readonly bytes: number[];
  readonly psnr: number[];
}

const samples = (): Samples => ({ quality: [], ms: [], bytes: [], psnr: [] });

async function add(
  to: Samples,
  img: RawImage,
  quality: number,
  ms: number,
  out: Uint8Array,
): Promise<void> {
  to.quality.push(quality);
  to.ms.push(ms);
  to.bytes.push(out.length);
  to.psnr.push(psnr(img.data, await back(out, img)));
}

function rowOf(effort: number, s: Samples): EffortRow {
  return {
    effort,
    quality: mean(s.quality),
    ms: mean(s.ms),
    bytes: mean(s.bytes),
    psnr: mean(s.psnr),
  };
}

/**
 * The table, and what ours / floor would be with the fastest effort at our bytes: ours less the
 * encode time it would save.
 */
export function printEfforts(rows: readonly EffortRow[], ours: number, floor: number): void {
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
  console.log(
    table([
      ['WebP effort', 'quality', 'encode', 'size', 'PSNR'],
      ...rows.map((r, i) => [
        `${r.effort}${i === 0 ? ' (ours)' : ''}${i === rows.length - 1 ? ', our size' : ''}`,
        r.quality.toFixed(1),
        ms(r.ms),
        kb(r.bytes),
        `${r.psnr.toFixed(2)} dB`,
      ]),
    ]),
  );
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const atTop = rows[rows.length - 2]!;
  const projected = (ours - (first.ms - last.ms)) / floor;
  console.log(
    `  effort ${last.effort} at our quality: ${ratio(atTop.bytes / first.bytes)} the bytes; at our bytes: ${(first.psnr - last.psnr).toFixed(2)} dB lower PSNR`,
  );
  console.log(
    `  ours / floor with effort ${last.effort} at our bytes would be ${ratio(projected)} (for information; we keep effort ${first.effort})\n`,
  );
}
