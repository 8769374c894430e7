import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { RawImage } from '../types';

/** A sharp pipeline over already-decoded pixels (no file, no second decode). */
export function fromRaw(img: RawImage): Sharp {
  return sharp(img.data, { raw: { width: img.width, height: img.height, channels: img.channels } });
}

/** Wraps sharp's raw output, checking it is the 8-bit sRGB layout the encoders expect. */
export function toRawImage(data: Uint8Array, info: OutputInfo): RawImage {
  if (info.channels !== 3 && info.channels !== 4) {
    throw new Error(`unexpected channel count ${info.channels}`);
  }
  return { data, width: info.width, height: info.height, channels: info.channels };
}

/** Shrinks decoded pixels to fit a square of `side`; never enlarges. */
export async function shrinkRaw(img: RawImage, side: number): Promise<RawImage> {
  if (Math.max(img.width, img.height) <= side) return img;
  const { data, info } = await fromRaw(img)
    .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return toRawImage(data, info);
}
