import { describe, expect, it } from 'vitest';
import {
  SDR_WHITE_NITS,
  hdrToSrgb8,
  hdrTransfer,
  hlgToScene,
  pqToNits,
  toneCurve,
} from '../../../../../../src/main/core/images/worker/hdr';

/** One row of 10-bit samples in 16-bit little-endian words, as libheif hands them over. */
function plane(pixels: readonly (readonly number[])[]) {
  const data = new Uint8Array(pixels.length * 6);
  const view = new DataView(data.buffer);
  pixels.flat().forEach((code, i) => view.setUint16(i * 2, code, true));
  return { width: pixels.length, height: 1, stride: data.length, data };
}

describe('HDR to sRGB', () => {
  it('knows the two HDR signals by their nclx codes, and nothing else', () => {
    expect(hdrTransfer(16)).toBe('pq');
    expect(hdrTransfer(18)).toBe('hlg');
    for (const sdr of [1, 13, 2, null]) expect(hdrTransfer(sdr)).toBeNull();
  });

  it('reads PQ as nits and HLG as scene light, as their standards say', () => {
    expect(pqToNits(0)).toBe(0);
    expect(pqToNits(1)).toBeCloseTo(10000, 0);
    expect(pqToNits(0.5807)).toBeCloseTo(SDR_WHITE_NITS, -0.5);
    expect(hlgToScene(0.5)).toBeCloseTo(1 / 12, 6);
    expect(hlgToScene(1)).toBeCloseTo(1, 5);
  });

  it('leaves light up to the knee alone and brings brighter light under 1, in order', () => {
    expect(toneCurve(0.5)).toBe(0.5);
    let last = 0;
    for (let l = 0.8; l < 5; l += 0.05) {
      const mapped = toneCurve(l);
      expect(mapped).toBeGreaterThan(last);
      expect(mapped).toBeLessThan(1);
      last = mapped;
    }
    expect(toneCurve(1000 / SDR_WHITE_NITS)).toBeGreaterThan(0.999);
  });

  it('turns BT.2020 green into sRGB green, clipped to what sRGB can show', () => {
    // PQ code for 203 nits on the green channel only (10 bits: 0.5807 × 1023).
    const out = new Uint8Array(3);
    hdrToSrgb8(plane([[0, 594, 0]]), 3, 10, 'pq', true, out);
    const [r, g, b] = out;
    expect(g).toBeGreaterThan(200);
    expect(Math.max(r!, b!)).toBe(0);
    // The same numbers taken as BT.709 green are not clipped into another hue either.
    hdrToSrgb8(plane([[0, 594, 0]]), 3, 10, 'pq', false, out);
    expect([out[0], out[2]]).toEqual([0, 0]);
  });

  it('keeps alpha, scaled to 8 bits', () => {
    const data = new Uint8Array(8);
    const view = new DataView(data.buffer);
    [512, 512, 512, 1023].forEach((v, i) => view.setUint16(i * 2, v, true));
    const out = new Uint8Array(4);
    hdrToSrgb8({ width: 1, height: 1, stride: 8, data }, 4, 10, 'hlg', true, out);
    expect(out[3]).toBe(255);
    expect(out[0]).toBe(out[1]);
  });
});
