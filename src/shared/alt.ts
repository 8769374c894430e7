/**
 * Alt text: the words that say what a picture shows, for people who cannot see it. A file has
 * alt text, or is marked decorative (an intentionally empty alt), or has neither yet.
 */

/** Alt text, or the decorative mark. */
export type AltText = { readonly text: string } | { readonly decorative: true };

/** ImageKit keeps a description of up to 1,000 characters; alt text goes there. */
export const MAX_ALT_CHARS = 1000;

/** Whether a file has alt text or the decorative mark. */
export function hasAlt(alt: AltText | undefined): boolean {
  return alt !== undefined && ('decorative' in alt || alt.text.trim() !== '');
}

/** What goes to ImageKit as the file's description: the text, or nothing. */
export function descriptionOf(alt: AltText | undefined): string {
  return alt && 'text' in alt ? alt.text : '';
}

/**
 * The alt attribute copies use: the text, empty for a decorative picture, or the file name when
 * there is neither (`fallback` then says so, for the row).
 */
export function altForCopy(
  alt: AltText | undefined,
  name: string,
): { readonly alt: string; readonly fallback: boolean } {
  if (alt && 'decorative' in alt) return { alt: '', fallback: false };
  if (alt && alt.text.trim() !== '') return { alt: alt.text, fallback: false };
  return { alt: name, fallback: true };
}
