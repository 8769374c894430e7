/**
 * Text forms of history entries, for the clipboard, exported files and the command line. Pure:
 * the app's History view and the CLI's `history --format` print the same bytes.
 */
import { assertNever } from './assert';
import type { HistoryEntry, HistoryVariant } from './history';
import { csvCell } from './csv';
import { linkLine } from './link-format';
import { altForCopy } from './alt';
import { DEFAULT_RESPONSIVE_WIDTHS, srcset } from './responsive';

export { csvCell } from './csv';

export type HistoryTextFormat = 'url' | 'markdown' | 'html' | 'responsive' | 'json' | 'csv';

/** Every text form, in the order the CLI lists them. */
export const HISTORY_TEXT_FORMATS: readonly HistoryTextFormat[] = [
  'url',
  'markdown',
  'html',
  'responsive',
  'json',
  'csv',
];

/** The columns of the CSV form, in order. */
export const HISTORY_CSV_COLUMNS = [
  'name',
  'source',
  'folder',
  'uploadedAt',
  'sha256',
  'mainUrl',
  'mainWidth',
  'mainHeight',
  'mainBytes',
  'thumbUrl',
  'thumbWidth',
  'thumbHeight',
  'thumbBytes',
  'alt',
  'decorative',
  'customMetadata',
] as const;

/**
 * One entry as a plain object: what the JSON forms carry (no database ids or file ids), with the
 * responsive srcset at `widths`, ready for a CMS import.
 */
export function historyRecord(
  entry: HistoryEntry,
  widths: readonly number[] = DEFAULT_RESPONSIVE_WIDTHS,
): Record<string, unknown> {
  const variant = (v: HistoryVariant) => ({
    url: v.url,
    width: v.width,
    height: v.height,
    bytes: v.bytes,
  });
  return {
    source: entry.source,
    name: entry.name,
    sha256: entry.sha256,
    folder: entry.folder,
    uploadedAt: new Date(entry.uploadedAt).toISOString(),
    main: variant(entry.main),
    thumb: variant(entry.thumb),
    srcset: srcset(entry.main.url, entry.main.width, widths),
    alt: entry.alt && 'text' in entry.alt ? entry.alt.text : null,
    decorative: entry.alt !== undefined && 'decorative' in entry.alt,
    customMetadata: entry.customMetadata ?? {},
    ...(entry.animated ? { animated: true } : {}),
  };
}

function csvRow(entry: HistoryEntry): string {
  const cells: Array<string | number> = [
    entry.name,
    entry.source,
    entry.folder,
    new Date(entry.uploadedAt).toISOString(),
    entry.sha256,
    entry.main.url,
    entry.main.width,
    entry.main.height,
    entry.main.bytes,
    entry.thumb.url,
    entry.thumb.width,
    entry.thumb.height,
    entry.thumb.bytes,
    entry.alt && 'text' in entry.alt ? entry.alt.text : '',
    entry.alt !== undefined && 'decorative' in entry.alt ? 'yes' : '',
    entry.customMetadata ? JSON.stringify(entry.customMetadata) : '',
  ];
  return cells.map(csvCell).join(',');
}

function line(
  entry: HistoryEntry,
  format: Exclude<HistoryTextFormat, 'csv'>,
  widths: readonly number[],
): string {
  switch (format) {
    case 'url':
    case 'markdown':
    case 'html':
    case 'responsive':
      // The alt text, empty when decorative, the file name when it has neither.
      return linkLine(
        { ...entry.main, name: altForCopy(entry.alt, entry.name).alt },
        format,
        widths,
      );
    case 'json':
      return JSON.stringify(historyRecord(entry, widths));
    default:
      return assertNever(format, 'history format');
  }
}

/**
 * Entries as text, one per line in the given order: URL, Markdown image link, HTML <img>,
 * responsive <img> (srcset at `widths`), JSON object, or CSV (with a header row, lines ending in
 * CRLF as RFC 4180 says).
 */
export function formatHistory(
  entries: readonly HistoryEntry[],
  format: HistoryTextFormat,
  widths: readonly number[] = DEFAULT_RESPONSIVE_WIDTHS,
): string {
  if (format === 'csv') {
    return [HISTORY_CSV_COLUMNS.join(','), ...entries.map(csvRow)].join('\r\n') + '\r\n';
  }
  return entries.map((e) => line(e, format, widths)).join('\n');
}

/** A JSON manifest file: an array of the same objects the JSON lines carry. */
export function historyManifest(
  entries: readonly HistoryEntry[],
  widths: readonly number[] = DEFAULT_RESPONSIVE_WIDTHS,
): string {
  return `${JSON.stringify(
    entries.map((e) => historyRecord(e, widths)),
    null,
    2,
  )}\n`;
}
