/**
 * Content sniffing from the first bytes of a file. Names lie (a text file renamed .png); the
 * first bytes rarely do, and they are all a rejected file ever has read from it.
 */
import type { SourceFormat } from '../../../../shared/jobs';

/** How many bytes are read before deciding whether the rest of a file is worth reading. */
export const SNIFF_BYTES = 4096;

export type Sniffed =
  | { readonly kind: 'image'; readonly format: SourceFormat }
  /** An image (or document) format we recognise but cannot decode, e.g. JPEG XL. */
  | { readonly kind: 'unsupported'; readonly label: string }
  | { readonly kind: 'text' }
  | { readonly kind: 'unknown' };

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

/**
 * Brands of HEIF still images and sequences (ISO/IEC 23008-12): HEVC-coded (heic, heix, hevc, ...)
 * and the generic mif1/msf1. AVIF files name mif1 too, next to avif or avis, so those are looked
 * for first and AVIF stays with sharp.
 */
const HEIF_BRANDS = new Set([
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'hevm',
  'hevs',
  'mif1',
  'msf1',
]);

/** ISO base media files (AVIF, HEIC, JPEG XL boxes, MP4) name their brands in the `ftyp` box. */
function sniffFtyp(bytes: Uint8Array): Sniffed | null {
  if (ascii(bytes, 4, 8) !== 'ftyp') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const boxSize = bytes.length >= 4 ? view.getUint32(0) : 0;
  const end = Math.min(Math.max(boxSize, 16), bytes.length);
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.some((b) => b === 'avif' || b === 'avis')) return { kind: 'image', format: 'avif' };
  if (brands.some((b) => HEIF_BRANDS.has(b))) return { kind: 'image', format: 'heic' };
  if (brands.includes('jxl ')) return { kind: 'unsupported', label: 'JPEG XL' };
  return { kind: 'unknown' };
}

function sniffBinary(bytes: Uint8Array): Sniffed | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'image', format: 'jpeg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return { kind: 'image', format: 'png' };
  }
  const head = ascii(bytes, 0, 12);
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a'))
    return { kind: 'image', format: 'gif' };
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP')
    return { kind: 'image', format: 'webp' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'image', format: 'tiff' };
  }
  const ftyp = sniffFtyp(bytes);
  if (ftyp) return ftyp;
  if (startsWith(bytes, [0xff, 0x0a]) || ascii(bytes, 4, 8) === 'JXL ') {
    return { kind: 'unsupported', label: 'JPEG XL' };
  }
  if (ascii(bytes, 4, 8) === 'jP  ') return { kind: 'unsupported', label: 'JPEG 2000' };
  if (head.startsWith('8BPS')) return { kind: 'unsupported', label: 'Photoshop (PSD)' };
  if (head.startsWith('%PDF')) return { kind: 'unsupported', label: 'PDF' };
  // "BM" alone also starts plenty of text; the BMP header's reserved bytes must be zero.
  if (head.startsWith('BM') && bytes.length >= 26 && startsWith(bytes, [0, 0, 0, 0], 6)) {
    return { kind: 'unsupported', label: 'BMP' };
  }
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00]) && bytes.length >= 6 && bytes[4]! > 0) {
    return { kind: 'unsupported', label: 'Windows icon (ICO)' };
  }
  return null;
}

/** True when the bytes read like text: valid UTF-8 without control characters. */
function isText(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
    if (b === 0x7f) return false;
  }
  // The sniff window may end inside a multi-byte character; drop up to 3 trailing bytes.
  for (let cut = 0; cut <= Math.min(3, bytes.length); cut += 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try a shorter prefix
    }
  }
  return false;
}

/** SVG is text whose first element is <svg>, possibly after an XML declaration and comments. */
function looksLikeSvg(text: string): boolean {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  return trimmed.startsWith('<') && /<svg[\s>]/.test(trimmed);
}

/** Identifies a file's format from its first bytes (pass up to SNIFF_BYTES of them). */
export function sniffFormat(header: Uint8Array): Sniffed {
  const binary = sniffBinary(header);
  if (binary) return binary;
  if (header.length > 0 && isText(header)) {
    const text = new TextDecoder('utf-8').decode(header);
    return looksLikeSvg(text) ? { kind: 'image', format: 'svg' } : { kind: 'text' };
  }
  return { kind: 'unknown' };
}
