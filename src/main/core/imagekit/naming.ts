import { createHash } from 'node:crypto';
import type { OutputFormat, VariantName } from '../../../shared/presets';
import { extensionFor } from '../../../shared/presets';
import { slugStem } from '../../../shared/naming-template';

export { slugStem };

/** Long enough to tell apart same-named photos, short enough to read in a file list. */
const HASH_CHARS = 8;
/** The first 8 hex characters of the content hash (`{hash}` in the naming template). */
export function shortHash(sourceHash: string): string {
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
  return storedNameFromStem(`${slugStem(sourceName)}-${shortHash(sourceHash)}`, variant, format);
}

/** A variant's stored name from a rendered template stem: `stem.webp`, `stem.thumb.png`. */
export function storedNameFromStem(
  stem: string,
  variant: VariantName,
  format: OutputFormat,
): string {
  const suffix = variant === 'main' ? '' : `.${variant}`;
  return `${stem}${suffix}.${extensionFor(format)}`;
}

/** MIME type sent with the file part, so servers that sniff the part header agree with us. */
export function mimeFor(format: OutputFormat): string {
  return `image/${format}`;
}
