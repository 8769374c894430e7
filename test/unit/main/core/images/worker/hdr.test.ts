import { describe, expect, it } from 'vitest';
import {
  SDR_WHITE_NITS,
  hdrGamut,
  hdrToSrgb8,
  hdrTransfer,
  hlgToScene,
  pqToNits,
  toneCurve,
  type HdrSignal,
} from '../../../../../../src/main/core/images/worker/hdr';

const PQ10: HdrSignal = {
  channels: 3,
  bits: 10,
  transfer: 'pq',
  gamut: 'bt2020',
  premultiplied: false,
};

/** The 10-bit PQ code of `nits`. */
function pqCode(nits: number): number {
  const [m1, m2] = [2610 / 16384, (2523 / 4096) * 128];
  const [c1, c2, c3] = [3424 / 4096, (2413 / 4096) * 32, (2392 / 4096) * 32];
  const y = Math.pow(nits / 10000, m1);
  return Math.round(Math.pow((c1 + c2 * y) / (1 + c3 * y), m2) * 1023);
}

/**
 * Rows of 16-bit little-endian samples, as libheif hands them over: each row padded to
 * `stride` bytes, the whole `offset` bytes into its buffer.
 */
function plane(rows: readonly (readonly number[])[], channels: number, stride = 0, offset = 0) {
  const width = rows[0]!.length / channels;
  const rowBytes = Math.max(stride, width * channels * 2);
  const buffer = new Uint8Array(offset + rowBytes * rows.length);
  const view = new DataView(buffer.buffer);
  rows.forEach((row, y) =>
    row.forEach((v, i) => view.setUint16(offset + y * rowBytes + i * 2, v, true)),
  );
  return { width, height: rows.length, stride: rowBytes, data: buffer.subarray(offset) };
}

function convert(rows: readonly (readonly number[])[], signal: Partial<HdrSignal> = {}): number[] {
  const s = { ...PQ10, ...signal };
  const out = new Uint8Array(rows.length * (rows[0]!.length / s.channels) * s.channels);
  hdrToSrgb8(plane(rows, s.channels), s, out);
  return [...out];
}

const grey = (nits: number) => {
  const code = pqCode(nits);
  return convert([[code, code, code]])[0]!;
};

describe('HDR to sRGB', () => {
  it('knows the HDR signals and gamuts by their nclx codes', () => {
    expect(hdrTransfer(16)).toBe('pq');
    expect(hdrTransfer(18)).toBe('hlg');
    for (const sdr of [1, 13, 2, null]) expect(hdrTransfer(sdr)).toBeNull();
    expect([hdrGamut(9), hdrGamut(12), hdrGamut(1), hdrGamut(2)]).toEqual([
      'bt2020',
      'p3',
      'bt709',
      'bt709',
    ]);
  });

  it('reads PQ as nits and HLG as scene light, as their standards say', () => {
    expect(pqToNits(0)).toBe(0);
    expect(pqToNits(1)).toBeCloseTo(10000, 0);
    expect(pqToNits(pqCode(SDR_WHITE_NITS) / 1023)).toBeCloseTo(SDR_WHITE_NITS, -0.5);
    expect(hlgToScene(0.5)).toBeCloseTo(1 / 12, 6);
    expect(hlgToScene(1)).toBeCloseTo(1, 5);
  });

  it('keeps light up to the knee and eases brighter light, in order, up to 1 at 1000 nits', () => {
    expect(toneCurve(0.5)).toBe(0.5);
    let last = 0;
    for (let l = 0.7; l < 1000 / SDR_WHITE_NITS; l += 0.05) {
      const mapped = toneCurve(l);
      expect(mapped).toBeGreaterThan(last);
      expect(mapped).toBeLessThan(1);
      last = mapped;
    }
    expect(toneCurve(1000 / SDR_WHITE_NITS)).toBe(1);
    expect(toneCurve(20)).toBe(1);
  });

  it('gives greys their sRGB values: 18 % grey as SDR has it, white near white, highlights apart', () => {
    expect(grey(SDR_WHITE_NITS * 0.18)).toBeGreaterThanOrEqual(116);
    expect(grey(SDR_WHITE_NITS * 0.18)).toBeLessThanOrEqual(119);
    const levels = [203, 400, 600, 1000].map(grey);
    expect(levels[0]).toBeGreaterThanOrEqual(236);
    expect(levels[0]).toBeLessThanOrEqual(240);
    expect(levels[1]).toBeGreaterThan(levels[0]!);
    expect(levels[2]).toBeGreaterThan(levels[1]!);
    expect(levels[3]).toBe(255);
  });

  it('turns BT.2020 green into sRGB green, and reads Display P3 as P3, not as sRGB', () => {
    const [r, g, b] = convert([[0, pqCode(SDR_WHITE_NITS), 0]]);
    expect(g).toBeGreaterThan(200);
    expect(Math.max(r!, b!)).toBe(0);
    // An orange in P3 numbers is a more saturated orange in sRGB's: redder, less green.
    const orange = [pqCode(100), pqCode(40), 0];
    const [pr, pg] = convert([orange], { gamut: 'p3' });
    const [sr, sg] = convert([orange], { gamut: 'bt709' });
    expect(pr).toBeGreaterThan(sr!);
    expect(pg).toBeLessThan(sg!);
  });

  it("keeps a bright colour's hue: the brightest channel is tone-mapped, the others in proportion", () => {
    // BT.709 orange at 2 and 1 times SDR white: red 2:1 green in light, before and after.
    const [r, g, b] = convert([[pqCode(406), pqCode(203), 0]], { gamut: 'bt709' });
    expect(r).toBeLessThan(255);
    expect(b).toBe(0);
    const linear = (v: number) => Math.pow((v / 255 + 0.055) / 1.055, 2.4);
    expect(linear(r!) / linear(g!)).toBeCloseTo(2, 1);
  });

  it('divides premultiplied colours by alpha before the curves, and keeps alpha', () => {
    const white = pqCode(SDR_WHITE_NITS);
    const half = Math.round(white / 2);
    const [r, g, b, a] = convert([[half, half, half, 512]], { channels: 4, premultiplied: true });
    expect(Math.abs(r! - grey(SDR_WHITE_NITS))).toBeLessThanOrEqual(2);
    expect([g, b]).toEqual([r, r]);
    expect(a).toBe(128);
    expect(convert([[0, 0, 0, 1023]], { channels: 4 })[3]).toBe(255);
  });

  it('reads rows padded to their stride, from any offset, and the range libheif reports', () => {
    const code = pqCode(SDR_WHITE_NITS);
    const rows = [
      [code, code, code, 0, 0, 0],
      [0, 0, 0, code, code, code],
    ];
    const out = new Uint8Array(12);
    hdrToSrgb8(plane(rows, 3, 40, 1), PQ10, out);
    const white = grey(SDR_WHITE_NITS);
    expect([...out]).toEqual([white, white, white, 0, 0, 0, 0, 0, 0, white, white, white]);
    // The same light in a 12-bit range.
    const twelve = Math.round((code / 1023) * 4095);
    expect(Math.abs(convert([[twelve, twelve, twelve]], { bits: 12 })[0]! - white)).toBeLessThan(2);
    // Read as 10 bits, the 12-bit numbers would all be past 10,000 nits.
    expect(convert([[twelve, twelve, twelve]], { bits: 10 })[0]).toBe(255);
  });
});
