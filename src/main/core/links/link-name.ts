/** The name a downloaded image is shown and stored under, taken from its link. */
import { extname } from 'node:path';
import type { SourceFormat } from '../../../shared/jobs';
import { showHidden } from '../../../shared/hidden-characters';

/** Names longer than this are cut (a link's last segment can be any length). */
const MAX_NAME = 120;

/** Formats whose usual extension is not their name; every other format's name is its extension. */
const EXTENSION: Partial<Record<SourceFormat, string>> = { jpeg: 'jpg', tiff: 'tif' };

function extensionOf(format: SourceFormat): string {
  return EXTENSION[format] ?? format;
}

function lastSegment(url: URL): string {
  const segments = url.pathname.split('/').filter((s) => s !== '');
  const last = segments.at(-1) ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/**
 * The link's last path segment (`https://x.test/a/b.png?w=2` gives `b.png`), or its host when it
 * has none; an extension for the sniffed format is added when the name has none.
 */
export function linkFileName(url: URL, format: SourceFormat | null): string {
  const raw = lastSegment(url).replace(/[\\/]/g, '_') || url.hostname.replace(/^\[|\]$/g, '');
  let name = showHidden(raw).slice(0, MAX_NAME);
  if (extname(name) === '' && format !== null) name = `${name}.${extensionOf(format)}`;
  return name;
}

/** The extension the downloaded copy is saved with. */
export function savedExtension(format: SourceFormat | null): string {
  return format === null ? 'bin' : extensionOf(format);
}
