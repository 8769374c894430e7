/**
 * Type and size from a file's first bytes, without sharp, for the emulator the app runs inside
 * its own main process (where sharp must never load). It knows what the app uploads (WebP,
 * AVIF, JPEG, PNG) and GIF; anything else is stored as ImageKit stores it, as "non-image".
 */
import type { ImageInfo } from './types';

interface Size {
  readonly mime: string;
  readonly width: number;
  readonly height: number;
  readonly hasAlpha: boolean;
}

const ascii = (b: Buffer, at: number, length: number): string =>
  b.toString('latin1', at, at + length);

function png(b: Buffer): Size | null {
  if (b.length < 26 || b.readUInt32BE(0) !== 0x89504e47 || ascii(b, 12, 4) !== 'IHDR') return null;
  // Colour types 4 and 6 carry an alpha channel.
  const colour = b[25] ?? 0;
  const hasAlpha = colour === 4 || colour === 6;
  return { mime: 'image/png', width: b.readUInt32BE(16), height: b.readUInt32BE(20), hasAlpha };
}

function gif(b: Buffer): Size | null {
  if (b.length < 10 || !/^GIF8[79]a$/.test(ascii(b, 0, 6))) return null;
  return {
    mime: 'image/gif',
    width: b.readUInt16LE(6),
    height: b.readUInt16LE(8),
    hasAlpha: false,
  };
}

/** The size in a JPEG's start-of-frame marker (any SOFn but DHT, JPG and DAC). */
function jpeg(b: Buffer): Size | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) return null;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    const length = b.readUInt16BE(at + 2);
    const frame = marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);
    if (frame) {
      return {
        mime: 'image/jpeg',
        width: b.readUInt16BE(at + 7),
        height: b.readUInt16BE(at + 5),
        hasAlpha: false,
      };
    }
    at += 2 + length;
  }
  return null;
}

function webp(b: Buffer): Size | null {
  if (b.length < 30 || ascii(b, 0, 4) !== 'RIFF' || ascii(b, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(b, 12, 4);
  const mime = 'image/webp';
  if (chunk === 'VP8 ') {
    const width = b.readUInt16LE(26) & 0x3fff;
    const height = b.readUInt16LE(28) & 0x3fff;
    return { mime, width, height, hasAlpha: false };
  }
  if (chunk === 'VP8L') {
    const bits = b.readUInt32LE(21);
    const hasAlpha = ((bits >> 28) & 1) === 1;
    return { mime, width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, hasAlpha };
  }
  if (chunk === 'VP8X') {
    const hasAlpha = ((b[20] ?? 0) & 0x10) !== 0;
    const width = b.readUIntLE(24, 3) + 1;
    const height = b.readUIntLE(27, 3) + 1;
    return { mime, width, height, hasAlpha };
  }
  return null;
}

/** AVIF: an ISO-BMFF file whose brand says AVIF; the size is in the first 'ispe' property. */
function avif(b: Buffer): Size | null {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return null;
  const brands = ascii(b, 8, Math.min(b.readUInt32BE(0), b.length) - 8);
  if (!/avi[fs]/.test(brands)) return null;
  const ispe = b.indexOf('ispe', 0, 'latin1');
  if (ispe < 0 || ispe + 16 > b.length) return null;
  // An alpha plane is an auxiliary image whose type names alpha.
  const hasAlpha = b.indexOf('urn:mpeg:mpegB:cicp:systems:auxiliary:alpha', 0, 'latin1') >= 0;
  const width = b.readUInt32BE(ispe + 8);
  const height = b.readUInt32BE(ispe + 12);
  return { mime: 'image/avif', width, height, hasAlpha };
}

/** What the library records about a file, read from its header only. */
export async function inspectHeader(bytes: Buffer, fileName: string): Promise<ImageInfo> {
  for (const read of [png, jpeg, webp, avif, gif]) {
    const size = read(bytes);
    if (size && size.width > 0 && size.height > 0) return { fileType: 'image', ...size };
  }
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return {
    fileType: 'non-image',
    mime: extension === 'txt' ? 'text/plain; charset=utf-8' : 'application/octet-stream',
  };
}
