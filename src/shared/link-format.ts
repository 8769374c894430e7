/**
 * The link forms History and the Library share: a bare URL, a Markdown image link, an HTML
 * <img>, and a responsive <img> with srcset. Both views map their items to a LinkTarget, so the same file copies as the same bytes.
 */
import { assertNever } from './assert';
import { DEFAULT_RESPONSIVE_WIDTHS, sizes, srcset } from './responsive';

/** What a link line needs to know about an image. */
export interface LinkTarget {
  /** Alt text: the file's own, or its name when it has none (empty when decorative). */
  readonly name: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export type LinkFormat = 'url' | 'markdown' | 'html' | 'responsive';

/** Escapes text for a double-quoted HTML attribute. */
export function htmlAttr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Markdown alt text: brackets and backslashes would end or bend the link; <, > and " would be
 * HTML to a renderer that copies alt text into a tag, so they (and &, to keep them apart from
 * text that looks like an entity) become entities, which Markdown turns back into the characters.
 */
function markdownAlt(value: string): string {
  return value
    .replace(/[&<>"]/g, (c) => MARKDOWN_ENTITIES[c] ?? c)
    .replace(/[\\[\]]/g, (c) => `\\${c}`)
    .replace(/[\r\n]+/g, ' ');
}

/** A URL inside Markdown's (...): spaces and parentheses would cut it short. */
function markdownUrl(value: string): string {
  return value.replace(/[ ()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * One image as a URL, a Markdown image link, an HTML <img> tag, or a responsive <img> whose
 * srcset offers `widths` (Settings) no wider than the image.
 */
export function linkLine(
  target: LinkTarget,
  format: LinkFormat,
  widths: readonly number[] = DEFAULT_RESPONSIVE_WIDTHS,
): string {
  switch (format) {
    case 'url':
      return target.url;
    case 'markdown':
      return `![${markdownAlt(target.name)}](${markdownUrl(target.url)})`;
    case 'html':
      return (
        `<img src="${htmlAttr(target.url)}" width="${target.width}" ` +
        `height="${target.height}" alt="${htmlAttr(target.name)}">`
      );
    case 'responsive':
      return (
        `<img src="${htmlAttr(target.url)}" ` +
        `srcset="${htmlAttr(srcset(target.url, target.width, widths))}" ` +
        `sizes="${sizes(target.width)}" width="${target.width}" height="${target.height}" ` +
        `alt="${htmlAttr(target.name)}" loading="lazy" decoding="async">`
      );
    default:
      return assertNever(format, 'link format');
  }
}
