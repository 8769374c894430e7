/**
 * Text forms of history entries, shared by the CLI's `history` command and the app's copy and
 * export actions, so both produce exactly the same lines.
 */
import { assertNever } from './assert';
import type { HistoryEntry, HistoryVariant } from './history';

export type HistoryFormat = 'url' | 'markdown' | 'html' | 'json' | 'csv';

export const HISTORY_FORMATS: readonly HistoryFormat[] = ['url', 'markdown', 'html', 'json', 'csv'];

/** Columns of the CSV form, in order. */
export const HISTORY_CSV_COLUMNS = [
  'source',
  'name',
  'sha256',
  'folder',
  'uploadedAt',
  'main_url',
  'main_width',
  'main_height',
  'main_bytes',
  'thumb_url',
  'thumb_width',
  'thumb_height',
  'thumb_bytes',
] as const;

function variantObject(v: HistoryVariant) {
  return { url: v.url, width: v.width, height: v.height, bytes: v.bytes };
}

/** The object the `json` form prints for one entry (one per line). */
export function historyObject(e: HistoryEntry) {
  return {
    source: e.source,
    name: e.name,
    sha256: e.sha256,
    folder: e.folder,
    uploadedAt: new Date(e.uploadedAt).toISOString(),
    main: variantObject(e.main),
    thumb: variantObject(e.thumb),
  };
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Markdown link text and alt text may not hold brackets unescaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\[\]])/g, '\\$1');
}

/** Markdown URLs may not hold spaces or parentheses unescaped. */
function markdownUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}

function csvCell(value: string | number): string {
  let text = String(value);
  // A cell starting with = + - @ would run as a formula when a spreadsheet opens the file.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(e: HistoryEntry): string {
  const o = historyObject(e);
  return [
    o.source,
    o.name,
    o.sha256,
    o.folder,
    o.uploadedAt,
    e.main.url,
    e.main.width,
    e.main.height,
    e.main.bytes,
    e.thumb.url,
    e.thumb.width,
    e.thumb.height,
    e.thumb.bytes,
  ]
    .map(csvCell)
    .join(',');
}

/** One entry as one line of `format` (not meaningful for `csv`'s header; see formatHistory). */
export function formatHistoryEntry(e: HistoryEntry, format: Exclude<HistoryFormat, 'csv'>): string {
  switch (format) {
    case 'url':
      return e.main.url;
    case 'markdown':
      return `![${escapeMarkdown(e.name)}](${markdownUrl(e.main.url)})`;
    case 'html':
      return `<img src="${escapeHtml(e.main.url)}" width="${e.main.width}" height="${e.main.height}" alt="${escapeHtml(e.name)}">`;
    case 'json':
      return JSON.stringify(historyObject(e));
    default:
      return assertNever(format, 'history format');
  }
}

/**
 * Entries as text: one line per entry (the main variant's link for url, markdown and html; one
 * JSON object per line for json), or a CSV with a header row. No trailing newline.
 */
export function formatHistory(entries: readonly HistoryEntry[], format: HistoryFormat): string {
  if (format === 'csv') {
    return [HISTORY_CSV_COLUMNS.join(','), ...entries.map(csvRow)].join('\n');
  }
  return entries.map((e) => formatHistoryEntry(e, format)).join('\n');
}
