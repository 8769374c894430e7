/**
 * Responsive markup: an <img> whose srcset lists the stored main image at smaller widths,
 * resized by ImageKit's URL-endpoint transformations (`tr=w-…`), so each screen loads the size
 * it shows. No width is ever larger than the stored main image.
 */

/** The widths Settings starts with. */
export const DEFAULT_RESPONSIVE_WIDTHS: readonly number[] = [400, 800];

/** What Settings accepts: how many widths, and how small or large each may be (px). */
export const RESPONSIVE_WIDTH_LIMITS = { count: 8, min: 16, max: 4096 } as const;

/**
 * The URL of the image resized to `width` by ImageKit: `tr=w-…` added to the query, chained
 * after a transformation the URL already has. Commas and spaces are escaped, since a srcset
 * would read them as separators.
 */
export function widthUrl(url: string, width: number): string {
  let out: string;
  try {
    const u = new URL(url);
    const tr = u.searchParams.get('tr');
    u.searchParams.set('tr', tr ? `${tr}:w-${width}` : `w-${width}`);
    out = u.toString();
  } catch {
    out = `${url}${url.includes('?') ? '&' : '?'}tr=w-${width}`;
  }
  return srcsetSafe(out);
}

function srcsetSafe(url: string): string {
  return url.replace(/[ ,]/g, (c) => (c === ' ' ? '%20' : '%2C'));
}

/** The widths a srcset lists for a main image `mainWidth` wide: smaller ones, then its own. */
export function srcsetWidths(mainWidth: number, widths: readonly number[]): number[] {
  const smaller = [...new Set(widths)].filter((w) => w > 0 && w < mainWidth).sort((a, b) => a - b);
  return [...smaller, mainWidth];
}

/** The srcset attribute's value: each width as `<url> <w>w`, the stored image itself last. */
export function srcset(url: string, mainWidth: number, widths: readonly number[]): string {
  return srcsetWidths(mainWidth, widths)
    .map((w) => `${w === mainWidth ? srcsetSafe(url) : widthUrl(url, w)} ${w}w`)
    .join(', ');
}

/** The sizes attribute: the full width of a small screen, the image's own width beyond it. */
export function sizes(mainWidth: number): string {
  return `(max-width: ${mainWidth}px) 100vw, ${mainWidth}px`;
}
