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
import { HISTORY_MAX_LIMIT } from '../../../shared/history';
import { formatHistory, historyManifest } from '../../../shared/history-format';
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

/** Newest first, as the view and the query show them. */
function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  return b.uploadedAt - a.uploadedAt || b.id - a.id;
}

/** Every entry matching `query`, a store page at a time. */
function allMatching(store: HistoryStore, query: HistoryQuery): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const base = { ...query, limit: HISTORY_MAX_LIMIT };
  for (let offset = 0; ; offset += HISTORY_MAX_LIMIT) {
    const page = store.query({ ...base, offset });
    entries.push(...page.entries);
    if (page.entries.length < HISTORY_MAX_LIMIT || entries.length >= page.total) return entries;
  }
}

function exportEntries(store: HistoryStore, request: HistoryExportRequest): HistoryEntry[] {
  if (request.ids) return store.get(request.ids).sort(newestFirst);
  const { offset: _offset, limit: _limit, ...filters } = request.query ?? {};
  return allMatching(store, filters);
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
): Promise<HistoryExportResult> {
  if (!store) throw new InvalidInputError(strings.history.noHistory);
  const entries = exportEntries(store, request);
  if (entries.length === 0) {
    const empty = store.query({ limit: 0 }).total === 0;
    throw new InvalidInputError(empty ? strings.history.noHistory : strings.history.nothingMatches);
  }
  const contents =
    request.format === 'csv' ? formatHistory(entries, 'csv') : historyManifest(entries);
  const path = await platform.saveFile(`imagekit-uploads-${day(now)}.${request.format}`, contents);
  if (path === null) return { ok: false, cancelled: true };
  return { ok: true, path, count: entries.length };
}
