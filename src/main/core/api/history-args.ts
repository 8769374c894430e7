/** Checks for the History calls' arguments, which come from the untrusted renderer. */
import { HISTORY_SEARCH_MAX } from '../../../shared/limits';
import {
  HISTORY_MAX_LIMIT,
  type HistoryExportRequest,
  type HistoryQuery,
} from '../../../shared/history';
import { InvalidInputError, integer, list, oneOf, record, text } from '../common/validate';

/** The most entries one remove or export call may name. */
export const MAX_HISTORY_IDS = 100_000;
/** Times are ms since the epoch; this bound (year 2255) only keeps them sane. */
const MAX_TIME = 9e12;

function time(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIME) {
    throw new InvalidInputError(`${what} must be a date after 1970.`);
  }
  return value;
}

const QUERY_KEYS = new Set(['search', 'folder', 'from', 'to', 'offset', 'limit']);

/** A history query: every field optional, every present field checked. */
export function historyQuery(value: unknown): HistoryQuery {
  const raw = record(value, 'History query');
  for (const key of Object.keys(raw)) {
    if (!QUERY_KEYS.has(key)) throw new InvalidInputError(`History query has an unknown field.`);
  }
  const query: {
    search?: string;
    folder?: string;
    from?: number;
    to?: number;
    offset?: number;
    limit?: number;
  } = {};
  if (raw.search !== undefined) query.search = text(raw.search, 'Search', HISTORY_SEARCH_MAX);
  if (raw.folder !== undefined) query.folder = text(raw.folder, 'Folder', 1024);
  if (raw.from !== undefined) query.from = time(raw.from, 'From');
  if (raw.to !== undefined) query.to = time(raw.to, 'To');
  if (raw.offset !== undefined) {
    query.offset = integer(raw.offset, 'Offset', 0, Number.MAX_SAFE_INTEGER);
  }
  if (raw.limit !== undefined) query.limit = integer(raw.limit, 'Limit', 0, HISTORY_MAX_LIMIT);
  return query;
}

/** A list of history entry ids (database row ids: positive whole numbers). */
export function historyIds(value: unknown): number[] {
  return list(value, 'History entries', MAX_HISTORY_IDS, (v, what) =>
    integer(v, what, 1, Number.MAX_SAFE_INTEGER),
  );
}

/** What to export: a selection or a query, and CSV or JSON. */
export function historyExportRequest(value: unknown): HistoryExportRequest {
  const raw = record(value, 'Export request');
  for (const key of Object.keys(raw)) {
    if (key !== 'ids' && key !== 'query' && key !== 'format') {
      throw new InvalidInputError('Export request has an unknown field.');
    }
  }
  const format = oneOf(raw.format, ['csv', 'json'] as const, 'Export format');
  const ids = raw.ids === undefined ? undefined : historyIds(raw.ids);
  const query = raw.query === undefined ? undefined : historyQuery(raw.query);
  return { format, ...(ids ? { ids } : {}), ...(query ? { query } : {}) };
}
