/**
 * HDR pictures (a HEIC in BT.2100 PQ or HLG, as some cameras and phones record them) made into
 * the 8-bit sRGB every variant is: the signal to light relative to SDR white, BT.2020 colours to
 * sRGB's, a tone curve that keeps light up to 0.8 of SDR white as it is and eases brighter light
 * into what is left below 1, and the sRGB curve. Without it such a photo looks grey and flat,
 * its numbers read as if they were sRGB.
 */

/** ITU-T H.273 transfer characteristics of the two HDR signals. */
export const TRANSFER_PQ = 16;
export const TRANSFER_HLG = 18;
/** ITU-T H.273 colour primaries of BT.2020/BT.2100. */
export const PRIMARIES_BT2020 = 9;

export type HdrTransfer = 'pq' | 'hlg';

/** The HDR signal an nclx transfer code names, or null for an SDR one. */
export function hdrTransfer(transfer: number | null): HdrTransfer | null {
  if (transfer === TRANSFER_PQ) return 'pq';
  if (transfer === TRANSFER_HLG) return 'hlg';
  return null;
}

/** Nits of SDR white in an HDR signal (ITU-R BT.2408): 1 before the tone curve, 248 after. */
export const SDR_WHITE_NITS = 203;
/** The display HLG's system gamma is set for (BT.2100's reference). */
const PEAK_NITS = 1000;
/** Below this share of SDR white the tone curve changes nothing. */
const KNEE = 0.8;

const PQ = { m1: 2610 / 16384, m2: (2523 / 4096) * 128, c1: 3424 / 4096, c2: (2413 / 4096) * 32 };
const PQ_C3 = (2392 / 4096) * 32;

/** SMPTE ST 2084: a PQ signal (0–1) to nits. */
export function pqToNits(signal: number): number {
  const p = Math.pow(Math.min(1, Math.max(0, signal)), 1 / PQ.m2);
  return 10000 * Math.pow(Math.max(p - PQ.c1, 0) / (PQ.c2 - PQ_C3 * p), 1 / PQ.m1);
}

const HLG = { a: 0.17883277, b: 0.28466892, c: 0.55991073 };

/** ARIB STD-B67: an HLG signal (0–1) to scene light (0–1). */
export function hlgToScene(signal: number): number {
  const e = Math.min(1, Math.max(0, signal));
  return e <= 0.5 ? (e * e) / 3 : (Math.exp((e - HLG.c) / HLG.a) + HLG.b) / 12;
}

/** BT.2100's system gamma for HLG on a display of PEAK_NITS. */
const HLG_GAMMA = 1.2 + 0.42 * Math.log10(PEAK_NITS / 1000);

/** BT.2020 linear RGB to BT.709 (sRGB) linear RGB, one row of the matrix each. */
const [R0, R1, R2] = [1.660491, -0.587641, -0.07285];
const [G0, G1, G2] = [-0.124551, 1.1329, -0.008349];
const [B0, B1, B2] = [-0.018151, -0.100579, 1.11873];

/** HLG's OOTF gain over a grid of scene luminance (0–1), relative to SDR white. */
const GAIN_STEPS = 4096;
const HLG_GAIN = Float32Array.from({ length: GAIN_STEPS + 1 }, (_, i) =>
  i === 0 ? 0 : (Math.pow(i / GAIN_STEPS, HLG_GAMMA - 1) * PEAK_NITS) / SDR_WHITE_NITS,
);

/**
 * Luminance relative to SDR white, brought into 0–1: unchanged up to KNEE, then a curve that
 * leaves it with the same slope and nears 1 as the light grows, so highlights keep their shape
 * instead of clipping flat. SDR white lands at 0.93 (248 of 255), 1000 nits at 1.
 */
export function toneCurve(luminance: number): number {
  if (luminance <= KNEE) return luminance;
  const room = 1 - KNEE;
  return KNEE + room * (1 - Math.exp(-(luminance - KNEE) / room));
}

/** toneCurve(l) / l above the knee, over a grid fine enough that no step shows in 8 bits. */
const CURVE_PER_UNIT = 512;
const CURVE_TOP = 40;
const CURVE_SCALE = Float32Array.from({ length: CURVE_TOP * CURVE_PER_UNIT + 1 }, (_, i) => {
  const l = KNEE + i / CURVE_PER_UNIT;
  return toneCurve(l) / l;
});

function curveScale(luminance: number): number {
  const i = Math.round((luminance - KNEE) * CURVE_PER_UNIT);
  return i < CURVE_SCALE.length ? CURVE_SCALE[i]! : 1 / luminance;
}

function srgbEncode(linear: number): number {
  const v = Math.min(1, Math.max(0, linear));
  return v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055;
}

/** sRGB's curve over a fine grid of linear light, so each pixel costs a lookup. */
const SRGB_STEPS = 4096;
const SRGB_LUT = Uint8Array.from({ length: SRGB_STEPS + 1 }, (_, i) =>
  Math.round(srgbEncode(i / SRGB_STEPS) * 255),
);

/** What one HDR code value means, as linear light relative to SDR white. */
function signalTable(transfer: HdrTransfer, bits: number): Float32Array {
  const max = (1 << bits) - 1;
  return Float32Array.from({ length: max + 1 }, (_, code) =>
    transfer === 'pq' ? pqToNits(code / max) / SDR_WHITE_NITS : hlgToScene(code / max),
  );
}

export interface HdrPlane {
  readonly width: number;
  readonly height: number;
  /** Bytes per row in `data`. */
  readonly stride: number;
  /** Interleaved 16-bit little-endian samples, RGB or RGBA, `bits` of them used. */
  readonly data: Uint8Array;
}

/**
 * Writes `plane` (BT.2020 primaries unless `bt2020` is false) as 8-bit sRGB into `out`, with
 * the plane's channels (3 or 4; alpha is scaled to 8 bits as it is).
 */
export function hdrToSrgb8(
  plane: HdrPlane,
  channels: 3 | 4,
  bits: number,
  transfer: HdrTransfer,
  bt2020: boolean,
  out: Uint8Array,
): void {
  const table = signalTable(transfer, bits);
  const max = (1 << bits) - 1;
  const samples = samplesOf(plane);
  const rowSamples = plane.stride / 2;
  const hlg = transfer === 'hlg';
  let o = 0;
  for (let y = 0; y < plane.height; y += 1) {
    let at = y * rowSamples;
    for (let x = 0; x < plane.width; x += 1, at += channels) {
      let r = table[Math.min(max, samples[at]!)]!;
      let g = table[Math.min(max, samples[at + 1]!)]!;
      let b = table[Math.min(max, samples[at + 2]!)]!;
      if (hlg) {
        // The OOTF: scene light to display light on a PEAK_NITS display, relative to SDR white.
        const ys = Math.min(1, 0.2627 * r + 0.678 * g + 0.0593 * b);
        const gain = HLG_GAIN[Math.round(ys * GAIN_STEPS)]!;
        r *= gain;
        g *= gain;
        b *= gain;
      }
      if (bt2020) {
        const r709 = R0 * r + R1 * g + R2 * b;
        const g709 = G0 * r + G1 * g + G2 * b;
        b = B0 * r + B1 * g + B2 * b;
        r = r709;
        g = g709;
      }
      const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      const scale = luminance > KNEE ? curveScale(luminance) : 1;
      out[o++] = SRGB_LUT[Math.round(Math.min(1, Math.max(0, r * scale)) * SRGB_STEPS)]!;
      out[o++] = SRGB_LUT[Math.round(Math.min(1, Math.max(0, g * scale)) * SRGB_STEPS)]!;
      out[o++] = SRGB_LUT[Math.round(Math.min(1, Math.max(0, b * scale)) * SRGB_STEPS)]!;
      if (channels === 4) out[o++] = Math.round((Math.min(max, samples[at + 3]!) * 255) / max);
    }
  }
}

/** The plane's 16-bit little-endian samples as numbers (copied when not 2-byte aligned). */
function samplesOf(plane: HdrPlane): Uint16Array {
  const bytes = plane.data.subarray(0, plane.stride * plane.height);
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 2);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return words;
  // A big-endian machine: swap each sample's bytes (no platform the app ships for is one).
  return words.map((w) => ((w & 0xff) << 8) | (w >> 8));
}
