/**
 * Wraps 8-bit RGB(A) pixels and their ICC profile in an uncompressed TIFF held in memory. sharp
 * takes raw pixels only as sRGB; inside a TIFF they carry their own profile, and sharp's usual
 * decode converts them to sRGB like any tagged JPEG or PNG. No compression, so the wrap is one
 * copy of the pixels and libvips reads them back without work.
 */

const TAG = {
  imageWidth: 256,
  imageLength: 257,
  bitsPerSample: 258,
  compression: 259,
  photometric: 262,
  stripOffsets: 273,
  samplesPerPixel: 277,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  planarConfiguration: 284,
  extraSamples: 338,
  iccProfile: 34675,
} as const;

/** TIFF field types: 16-bit, 32-bit, and bytes of no given meaning. */
const TYPE = { short: 3, long: 4, undefined: 7 } as const;
const { short: SHORT, long: LONG, undefined: UNDEFINED } = TYPE;

interface Entry {
  readonly tag: number;
  readonly type: number;
  readonly count: number;
  /** The value itself (fits in 4 bytes) or the offset of the values. */
  readonly value: number;
}

const HEADER_BYTES = 8;
const ENTRY_BYTES = 12;

/** Rounds up to an even offset, as TIFF wants for values stored apart from their entry. */
function even(n: number): number {
  return n + (n % 2);
}

/**
 * An uncompressed RGB or RGBA TIFF of `width` × `height`, with `icc` embedded when given. `fill`
 * writes the pixels (rows top to bottom, no padding) into the view it is handed.
 */
export function wrapInTiff(
  size: { readonly width: number; readonly height: number; readonly channels: 3 | 4 },
  icc: Uint8Array | null,
  fill: (pixels: Uint8Array) => void,
): Uint8Array {
  const { width, height, channels } = size;
  const entryCount = 10 + (channels === 4 ? 1 : 0) + (icc ? 1 : 0);
  const ifdEnd = HEADER_BYTES + 2 + entryCount * ENTRY_BYTES + 4;
  const bitsAt = ifdEnd;
  const iccAt = even(bitsAt + channels * 2);
  const pixelsAt = even(iccAt + (icc?.length ?? 0));
  const pixelBytes = width * height * channels;
  const out = new Uint8Array(pixelsAt + pixelBytes);
  const view = new DataView(out.buffer);

  const entries: Entry[] = [
    { tag: TAG.imageWidth, type: LONG, count: 1, value: width },
    { tag: TAG.imageLength, type: LONG, count: 1, value: height },
    { tag: TAG.bitsPerSample, type: SHORT, count: channels, value: bitsAt },
    { tag: TAG.compression, type: SHORT, count: 1, value: 1 },
    // 2 = RGB.
    { tag: TAG.photometric, type: SHORT, count: 1, value: 2 },
    { tag: TAG.stripOffsets, type: LONG, count: 1, value: pixelsAt },
    { tag: TAG.samplesPerPixel, type: SHORT, count: 1, value: channels },
    { tag: TAG.rowsPerStrip, type: LONG, count: 1, value: height },
    { tag: TAG.stripByteCounts, type: LONG, count: 1, value: pixelBytes },
    // 1 = samples interleaved (RGBRGB...).
    { tag: TAG.planarConfiguration, type: SHORT, count: 1, value: 1 },
  ];
  // 2 = unassociated alpha: the colours are not premultiplied.
  if (channels === 4) entries.push({ tag: TAG.extraSamples, type: SHORT, count: 1, value: 2 });
  if (icc) entries.push({ tag: TAG.iccProfile, type: UNDEFINED, count: icc.length, value: iccAt });

  out.set([0x49, 0x49, 42, 0]); // "II": little-endian, then the magic 42
  view.setUint32(4, HEADER_BYTES, true);
  view.setUint16(HEADER_BYTES, entries.length, true);
  entries.forEach((entry, i) => {
    const at = HEADER_BYTES + 2 + i * ENTRY_BYTES;
    view.setUint16(at, entry.tag, true);
    view.setUint16(at + 2, entry.type, true);
    view.setUint32(at + 4, entry.count, true);
    // A single SHORT sits in the first two bytes of the value field.
    if (entry.type === SHORT && entry.count === 1) view.setUint16(at + 8, entry.value, true);
    else view.setUint32(at + 8, entry.value, true);
  });
  // The next IFD's offset (none) is already zero.
  for (let c = 0; c < channels; c += 1) view.setUint16(bitsAt + c * 2, 8, true);
  if (icc) out.set(icc, iccAt);
  fill(out.subarray(pixelsAt));
  return out;
}
