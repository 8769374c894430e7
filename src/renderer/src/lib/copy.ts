/** Putting copied links on the clipboard, and saying what was copied. */
import type { LibraryTextFormat } from '../../../shared/library-format';
import { notify } from '../store/ui';

/** What one copied line is called, singular and plural. */
const COPY_NAMES: Record<LibraryTextFormat, readonly [string, string]> = {
  url: ['link', 'links'],
  markdown: ['Markdown image link', 'Markdown image links'],
  html: ['HTML image tag', 'HTML image tags'],
  json: ['JSON line', 'JSON lines'],
};

/** Writes `text` (count lines in `format`) to the clipboard and confirms it in a notice. */
export async function copyLines(
  text: string,
  count: number,
  format: LibraryTextFormat,
): Promise<void> {
  await navigator.clipboard.writeText(text);
  const [one, many] = COPY_NAMES[format];
  notify(count === 1 ? `Copied the ${one}.` : `Copied ${count} ${many}.`);
}
