/**
 * The History calls of the service: query, remove and export, over whichever HistoryStore the
 * app, the CLI or a test supplies. Without a store there is simply no history.
 */
import type {
  HistoryEntry,
  HistoryExportRequest,
  HistoryExportResult,
  HistoryPage,
  HistoryQuery,
} from '../../../shared/history';
import { formatHistory, historyManifest } from '../../../shared/history-format';
import { allMatching, newestFirst } from '../../../shared/history-paging';
import type { HistoryStore, Platform } from '../ports';
import { InvalidInputError } from '../common/validate';
import { strings } from '../../../shared/strings';

const EMPTY_PAGE: HistoryPage = { total: 0, entries: [], folders: [] };

/** A page of history; an empty one when no store is configured. */
export function queryHistory(store: HistoryStore | undefined, query: HistoryQuery): HistoryPage {
  return store ? store.query(query) : EMPTY_PAGE;
}

/** Forget entries here (never on ImageKit); how many went. */
export function removeFromHistory(store: HistoryStore | undefined, ids: readonly number[]): number {
  if (!store || ids.length === 0) return 0;
  return store.remove(ids);
}

async function exportEntries(
  store: HistoryStore,
  request: HistoryExportRequest,
): Promise<HistoryEntry[]> {
  if (request.ids) return store.get(request.ids).sort(newestFirst);
  const { offset: _offset, limit: _limit, ...filters } = request.query ?? {};
  return allMatching(filters, (page) => store.query(page));
}

/** "2026-11-25", for the suggested file name. */
function day(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/**
 * Write a selection, or everything matching a query, to a file the user picks: CSV with a
 * header row, or a JSON array of manifest objects.
 */
export async function exportHistory(
  store: HistoryStore | undefined,
  platform: Platform,
  request: HistoryExportRequest,
  now: number,
  widths?: readonly number[],
): Promise<HistoryExportResult> {
  if (!store) throw new InvalidInputError(strings.history.noHistory);
  const entries = await exportEntries(store, request);
  if (entries.length === 0) {
    const empty = store.query({ limit: 0 }).total === 0;
    throw new InvalidInputError(empty ? strings.history.noHistory : strings.history.nothingMatches);
  }
  const contents =
    request.format === 'csv' ? formatHistory(entries, 'csv') : historyManifest(entries, widths);
  const path = await platform.saveFile(`imagekit-uploads-${day(now)}.${request.format}`, contents);
  if (path === null) return { ok: false, cancelled: true };
  return { ok: true, path, count: entries.length };
}
