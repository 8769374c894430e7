import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../../../../src/main/core/images/worker/sniff';
import {
  alphaImage,
  animated,
  heicLike,
  noisyJpeg,
  png16,
  randomBytes,
  svg,
} from '../../../../../support/images';

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const brands = [major, '\0\0\0\0', ...compatible].join('');
  const box = new Uint8Array(8 + brands.length);
  new DataView(box.buffer).setUint32(0, box.length);
  box.set(ascii(`ftyp${brands}`), 4);
  return box;
}

describe('sniffFormat', () => {
  it('recognises every accepted format from real encoder output', async () => {
    expect(sniffFormat(await noisyJpeg(16, 16))).toEqual({ kind: 'image', format: 'jpeg' });
    expect(sniffFormat(await png16(8, 8))).toEqual({ kind: 'image', format: 'png' });
    expect(sniffFormat(await alphaImage('webp', 8, 8))).toEqual({ kind: 'image', format: 'webp' });
    expect(sniffFormat(await animated('gif', 8, 8))).toEqual({ kind: 'image', format: 'gif' });
    expect(sniffFormat(ascii('II*\0rest'))).toEqual({ kind: 'image', format: 'tiff' });
    expect(sniffFormat(ascii('MM\0*rest'))).toEqual({ kind: 'image', format: 'tiff' });
    expect(sniffFormat(ftyp('avif', 'mif1', 'miaf'))).toEqual({ kind: 'image', format: 'avif' });
    expect(sniffFormat(ftyp('mif1', 'avif'))).toEqual({ kind: 'image', format: 'avif' });
  });

  it('takes HEIC and HEIF by their ftyp brands, and leaves AVIF (which names mif1 too) to sharp', () => {
    const heic = { kind: 'image', format: 'heic' };
    expect(sniffFormat(heicLike())).toEqual(heic);
    // iPhone photos, burst/sequence files, 10-bit and generic HEIF still images.
    for (const brands of [
      ['heic', 'mif1', 'heic'],
      ['heix', 'mif1'],
      ['heim'],
      ['heis'],
      ['hevc', 'msf1'],
      ['hevx'],
      ['mif1', 'heic', 'miaf'],
      ['msf1'],
      ['mif1'],
    ] as const) {
      const [major, ...compatible] = brands;
      expect(sniffFormat(ftyp(major, ...compatible)), brands.join(',')).toEqual(heic);
    }
    expect(sniffFormat(ftyp('avis', 'msf1', 'miaf'))).toEqual({ kind: 'image', format: 'avif' });
    expect(sniffFormat(ftyp('mif1', 'miaf', 'avif'))).toEqual({ kind: 'image', format: 'avif' });
    // Other ISO base media files (an MP4 video) are not images.
    expect(sniffFormat(ftyp('isom', 'iso2', 'mp41'))).toEqual({ kind: 'unknown' });
  });

  it('recognises SVG after an XML declaration, a BOM or comments, and not other XML', () => {
    expect(sniffFormat(ascii(svg(10, 10)))).toEqual({ kind: 'image', format: 'svg' });
    expect(sniffFormat(ascii('\uFEFF <!-- by hand --><svg xmlns="x"></svg>'))).toEqual({
      kind: 'image',
      format: 'svg',
    });
    expect(sniffFormat(ascii('<?xml version="1.0"?><html></html>'))).toEqual({ kind: 'text' });
  });

  it('names formats we cannot decode so people know what to export instead', () => {
    expect(sniffFormat(ftyp('jxl ', 'jxl '))).toEqual({ kind: 'unsupported', label: 'JPEG XL' });
    expect(sniffFormat(ascii('%PDF-1.7\n'))).toEqual({ kind: 'unsupported', label: 'PDF' });
    expect(sniffFormat(ascii('8BPS\0\x01'))).toEqual({
      kind: 'unsupported',
      label: 'Photoshop (PSD)',
    });
    const bmp = new Uint8Array(54);
    bmp.set(ascii('BM'));
    expect(sniffFormat(bmp)).toEqual({ kind: 'unsupported', label: 'BMP' });
  });

  it('tells text from binary junk', () => {
    expect(sniffFormat(ascii('BMW owners club minutes, 2026\n'))).toEqual({ kind: 'text' });
    expect(sniffFormat(ascii('Ünïcödé text ✓'))).toEqual({ kind: 'text' });
    // A multi-byte character cut by the end of the sniff window is still text.
    expect(sniffFormat(ascii('abc ✓').subarray(0, 5))).toEqual({ kind: 'text' });
    expect(sniffFormat(randomBytes(4096))).toEqual({ kind: 'unknown' });
    expect(sniffFormat(ftyp('isom', 'mp42'))).toEqual({ kind: 'unknown' });
    expect(sniffFormat(new Uint8Array(0))).toEqual({ kind: 'unknown' });
  });
});
