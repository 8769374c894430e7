/**
 * How the app names sizes and formats, in every process: the core's sentences, the CLI's lines
 * and the renderer's labels all read from here, so they never disagree ("WebP", not "WEBP").
 */
import type { SourceFormat } from './jobs';
import type { OutputFormat } from './presets';

/** Bytes in the units people read on a file manager (decimal: 1 KB = 1000 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

const FORMAT_NAMES: Record<OutputFormat | SourceFormat, string> = {
  jpeg: 'JPEG',
  png: 'PNG',
  webp: 'WebP',
  avif: 'AVIF',
  heic: 'HEIC',
  gif: 'GIF',
  tiff: 'TIFF',
  svg: 'SVG',
};

/** A format as people write it: "JPEG", "WebP". */
export function formatName(format: OutputFormat | SourceFormat): string {
  return FORMAT_NAMES[format];
}

/** File name extensions (lower case, no dot) of each format the app reads. */
export const SOURCE_EXTENSIONS: { readonly [K in SourceFormat]: readonly string[] } = {
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  webp: ['webp'],
  gif: ['gif'],
  avif: ['avif'],
  // HEIF is the container; Canon cameras write .hif.
  heic: ['heic', 'heif', 'hif'],
  tiff: ['tif', 'tiff'],
  svg: ['svg'],
};

/** Every format the app accepts as input, in the order they are named to people. */
export const ACCEPTED_FORMATS: readonly SourceFormat[] = [
  'jpeg',
  'png',
  'webp',
  'gif',
  'avif',
  'heic',
  'tiff',
  'svg',
];

/** The accepted formats that hold pixels; SVG drawings are rasterised and named apart. */
export const BITMAP_FORMATS: readonly SourceFormat[] = ACCEPTED_FORMATS.filter((f) => f !== 'svg');

/** "JPEG, PNG or WebP": format names joined for a sentence. */
export function formatList(formats: readonly SourceFormat[], conjunction: 'and' | 'or'): string {
  const names = formats.map(formatName);
  const last = names.pop();
  if (last === undefined) return '';
  return names.length === 0 ? last : `${names.join(', ')} ${conjunction} ${last}`;
}

/** "JPEG, PNG, WebP, GIF, AVIF, HEIC or TIFF images, or SVG drawings": what the app accepts. */
export function acceptedFormatsText(conjunction: 'and' | 'or'): string {
  return `${formatList(BITMAP_FORMATS, conjunction)} images${conjunction === 'or' ? ',' : ''} ${conjunction} SVG drawings`;
}
