import { createHash } from 'node:crypto';
import type { OutputFormat, VariantName } from '../../../shared/presets';
import { extensionFor } from '../../../shared/presets';

/** Long enough to tell apart same-named photos, short enough to read in a file list. */
const HASH_CHARS = 8;
const MAX_STEM = 60;
/** Latin letters NFKD leaves whole; spelled out so "Straße" stays readable. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};

/** Lower-case ASCII slug of a file name without its extension ("Beach Day.JPG" -> "beach-day"). */
export function slugStem(sourceName: string): string {
  const base = sourceName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const slug = stem
    .normalize('NFKD')
    // Combining marks left by NFKD ("é" -> "e" + accent) are dropped so the letter survives.
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[ßæœøłđ]/g, (c) => LETTERS[c] ?? '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM)
    .replace(/-+$/, '');
  return slug === '' ? 'image' : slug;
}

function shortHash(sourceHash: string): string {
  const hex = sourceHash.trim().toLowerCase();
  if (/^[0-9a-f]{8,}$/.test(hex)) return hex.slice(0, HASH_CHARS);
  // Not the sha256 hex the contract promises; hash it so the name stays deterministic and safe.
  return createHash('sha256').update(sourceHash).digest('hex').slice(0, HASH_CHARS);
}

/**
 * The name a variant is stored under: source stem + content hash + variant, e.g.
 * `beach-day-3f9a1c2b.webp` and `beach-day-3f9a1c2b.thumb.png`. Uses only [a-z0-9.-], which
 * ImageKit keeps as is, so a retry targets exactly the same stored name.
 */
export function storedName(
  sourceName: string,
  sourceHash: string,
  variant: VariantName,
  format: OutputFormat,
): string {
  const suffix = variant === 'main' ? '' : `.${variant}`;
  return `${slugStem(sourceName)}-${shortHash(sourceHash)}${suffix}.${extensionFor(format)}`;
}

/** MIME type sent with the file part, so servers that sniff the part header agree with us. */
export function mimeFor(format: OutputFormat): string {
  return `image/${format}`;
}
