/**
 * Text forms of Library files for the clipboard: the same URL, Markdown and HTML lines History
 * copies (both go through link-format), and one JSON object per line.
 */
import type { LibraryFile } from './library';
import { linkLine, type LinkFormat } from './link-format';

export type LibraryTextFormat = LinkFormat | 'json';

/** One file as a plain object: what its JSON line carries. */
export function libraryRecord(file: LibraryFile): Record<string, unknown> {
  return {
    name: file.name,
    filePath: file.filePath,
    fileId: file.fileId,
    url: file.url,
    width: file.width,
    height: file.height,
    bytes: file.size,
    createdAt: file.createdAt,
    alt: file.description ?? null,
  };
}

/** Files as text, one per line in the given order (a responsive srcset at `widths`). */
export function formatLibrary(
  files: readonly LibraryFile[],
  format: LibraryTextFormat,
  widths?: readonly number[],
): string {
  return files
    .map((f) =>
      format === 'json'
        ? JSON.stringify(libraryRecord(f))
        : // The description ImageKit keeps is the alt text; the name when there is none.
          linkLine({ ...f, name: f.description ?? f.name }, format, widths),
    )
    .join('\n');
}
