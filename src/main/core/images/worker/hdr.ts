/**
 * HDR pictures (a HEIC in BT.2100 PQ or HLG, as some cameras and phones record them) made into
 * the 8-bit sRGB every variant is: the signal to light relative to SDR white, the file's
 * primaries (BT.2020, or Display P3) to sRGB's, a tone curve on the brightest channel that keeps
 * light up to 0.7 of SDR white as it is and eases brighter light, up to 1000 nits, into what is
 * left below 1, and the sRGB curve. Read as sRGB numbers instead, such a photo looks grey and
 * flat.
 */

/** ITU-T H.273 transfer characteristics of the two HDR signals. */
export const TRANSFER_PQ = 16;
export const TRANSFER_HLG = 18;
/** ITU-T H.273 colour primaries of BT.2020/BT.2100, and of Display P3 (SMPTE EG 432-1). */
export const PRIMARIES_BT2020 = 9;
export const PRIMARIES_P3 = 12;

export type HdrTransfer = 'pq' | 'hlg';

/** The HDR signal an nclx transfer code names, or null for an SDR one. */
export function hdrTransfer(transfer: number | null): HdrTransfer | null {
  if (transfer === TRANSFER_PQ) return 'pq';
  if (transfer === TRANSFER_HLG) return 'hlg';
  return null;
}

/** Nits of SDR white in an HDR signal (ITU-R BT.2408): 1 before the tone curve, 238 after. */
export const SDR_WHITE_NITS = 203;
/** HLG's reference display (its system gamma is set for it), and the top of the tone curve. */
const PEAK_NITS = 1000;
/** Below this share of SDR white the tone curve changes nothing. */
const KNEE = 0.7;

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

/** Linear RGB of the file's primaries to BT.709's (sRGB's), row by row of the matrix. */
const TO_709 = {
  bt2020: [
    1.660491, -0.587641, -0.07285, -0.124551, 1.1329, -0.008349, -0.018151, -0.100579, 1.11873,
  ],
  p3: [1.22494, -0.22494, 0, -0.042057, 1.042057, 0, -0.019638, -0.078636, 1.098274],
  bt709: [1, 0, 0, 0, 1, 0, 0, 0, 1],
} as const;

/** Luminance weights of each gamut's linear RGB (for HLG's system gamma). */
const LUMA = {
  bt2020: [0.2627, 0.678, 0.0593],
  p3: [0.228975, 0.691739, 0.079287],
  bt709: [0.2126, 0.7152, 0.0722],
} as const;

/** The gamut an nclx primaries code names: BT.2020 (9), Display P3 (12), else BT.709. */
export type HdrGamut = keyof typeof TO_709;

export function hdrGamut(primaries: number): HdrGamut {
  if (primaries === PRIMARIES_BT2020) return 'bt2020';
  if (primaries === PRIMARIES_P3) return 'p3';
  return 'bt709';
}

/** HLG's OOTF gain over a grid of scene luminance (0–1), relative to SDR white. */
const GAIN_STEPS = 4096;
const HLG_GAIN = Float32Array.from({ length: GAIN_STEPS + 1 }, (_, i) =>
  i === 0 ? 0 : (Math.pow(i / GAIN_STEPS, HLG_GAMMA - 1) * PEAK_NITS) / SDR_WHITE_NITS,
);

/** Where the brightest light the curve keeps apart (PEAK_NITS) sits, relative to SDR white. */
const PEAK = PEAK_NITS / SDR_WHITE_NITS;

/**
 * Light relative to SDR white, brought into 0–1: unchanged up to KNEE, then an extended
 * Reinhard shoulder that leaves the knee with the same slope and reaches 1 at PEAK_NITS, so
 * highlights are eased into the top of the range rather than clipped at SDR white. SDR white
 * lands at 0.85 (238 of 255), 400 nits at 249, 600 nits at 252, 1000 nits and more at 255.
 */
export function toneCurve(light: number): number {
  if (light <= KNEE) return light;
  if (light >= PEAK) return 1;
  const room = 1 - KNEE;
  const t = (light - KNEE) / room;
  const top = (PEAK - KNEE) / room;
  return KNEE + (room * t * (1 + t / (top * top))) / (1 + t);
}

/** toneCurve(l) / l above the knee, on a grid fine enough that no step shows in 8 bits. */
const CURVE_PER_UNIT = 512;
const CURVE_SCALE = Float32Array.from(
  { length: Math.ceil((PEAK - KNEE) * CURVE_PER_UNIT) + 1 },
  (_, i) => {
    const l = KNEE + i / CURVE_PER_UNIT;
    return toneCurve(l) / l;
  },
);

function curveScale(light: number): number {
  const i = Math.round((light - KNEE) * CURVE_PER_UNIT);
  return i < CURVE_SCALE.length ? CURVE_SCALE[i]! : 1 / light;
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

function encode(linear: number): number {
  return SRGB_LUT[Math.round(Math.min(1, Math.max(0, linear)) * SRGB_STEPS)]!;
}

/** What one HDR code value means, as linear light relative to SDR white (HLG: scene light). */
function signalTable(transfer: HdrTransfer, bits: number): Float32Array {
  const max = (1 << bits) - 1;
  return Float32Array.from({ length: max + 1 }, (_, code) =>
    transfer === 'pq' ? pqToNits(code / max) / SDR_WHITE_NITS : hlgToScene(code / max),
  );
}

export interface HdrPlane {
  readonly width: number;
  readonly height: number;
  /** Bytes per row in `data` (even: samples are 16-bit). */
  readonly stride: number;
  /** Interleaved 16-bit little-endian samples, RGB or RGBA, `bits` of them used. */
  readonly data: Uint8Array;
}

export interface HdrSignal {
  readonly channels: 3 | 4;
  /** Bits used of each 16-bit sample (libheif's output range, 8 to 16). */
  readonly bits: number;
  readonly transfer: HdrTransfer;
  readonly gamut: HdrGamut;
  /** Colours stored multiplied by alpha (divided out of the signal before anything else). */
  readonly premultiplied: boolean;
}

/** Writes `plane` as 8-bit sRGB into `out`, with its channels (alpha scaled to 8 bits). */
export function hdrToSrgb8(plane: HdrPlane, signal: HdrSignal, out: Uint8Array): void {
  const { channels, bits, transfer, premultiplied } = signal;
  const table = signalTable(transfer, bits);
  const max = (1 << bits) - 1;
  const [m0, m1, m2, m3, m4, m5, m6, m7, m8] = TO_709[signal.gamut];
  const [lr, lg, lb] = LUMA[signal.gamut];
  const samples = samplesOf(plane);
  const rowSamples = plane.stride / 2;
  let o = 0;
  for (let y = 0; y < plane.height; y += 1) {
    let at = y * rowSamples;
    for (let x = 0; x < plane.width; x += 1, at += channels) {
      const alpha = channels === 4 ? Math.min(max, samples[at + 3]!) : max;
      const unmultiply = premultiplied && alpha > 0 && alpha < max ? max / alpha : 1;
      let r = table[Math.min(max, Math.round(samples[at]! * unmultiply))]!;
      let g = table[Math.min(max, Math.round(samples[at + 1]! * unmultiply))]!;
      let b = table[Math.min(max, Math.round(samples[at + 2]! * unmultiply))]!;
      if (transfer === 'hlg') {
        // The OOTF: scene light to display light on a PEAK_NITS display, relative to SDR white.
        const gain = HLG_GAIN[Math.round(Math.min(1, lr * r + lg * g + lb * b) * GAIN_STEPS)]!;
        r *= gain;
        g *= gain;
        b *= gain;
      }
      const r709 = m0 * r + m1 * g + m2 * b;
      const g709 = m3 * r + m4 * g + m5 * b;
      const b709 = m6 * r + m7 * g + m8 * b;
      // The curve goes by the brightest channel, so a colour keeps its hue and saturation and
      // never needs clipping; for a grey that is its luminance.
      const brightest = Math.max(r709, g709, b709);
      const scale = brightest > KNEE ? curveScale(brightest) : 1;
      out[o++] = encode(r709 * scale);
      out[o++] = encode(g709 * scale);
      out[o++] = encode(b709 * scale);
      if (channels === 4) out[o++] = Math.round((alpha * 255) / max);
    }
  }
}

/** The plane's 16-bit little-endian samples as numbers (copied when not 2-byte aligned). */
function samplesOf(plane: HdrPlane): Uint16Array {
  if (plane.stride % 2 !== 0) throw new Error('a 16-bit plane with an odd stride');
  const bytes = plane.data.subarray(0, plane.stride * plane.height);
  const aligned = bytes.byteOffset % 2 === 0 ? bytes : Uint8Array.from(bytes);
  const words = new Uint16Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 2);
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1) return words;
  // A big-endian machine: swap each sample's bytes (no platform the app ships for is one).
  return words.map((w) => ((w & 0xff) << 8) | (w >> 8));
}
