/** The History view's filter inputs, and the query they stand for. */
import type { HistoryQuery } from '../../../../shared/history';

/** What the filter inputs hold: text as typed, dates as the inputs give them (YYYY-MM-DD). */
export interface HistoryFilters {
  readonly search: string;
  readonly folder: string;
  readonly from: string;
  readonly to: string;
}

export const NO_FILTERS: HistoryFilters = { search: '', folder: '', from: '', to: '' };

/** Local midnight of a YYYY-MM-DD date input, or undefined when empty or malformed. */
function localDay(value: string, plusDays = 0): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const time = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + plusDays).getTime();
  return Number.isFinite(time) && time >= 0 ? time : undefined;
}

/** The query for the filters: "to" includes the whole of its day. */
export function queryFor(filters: HistoryFilters): HistoryQuery {
  const search = filters.search.trim();
  const from = localDay(filters.from);
  const to = localDay(filters.to, 1);
  return {
    ...(search ? { search } : {}),
    ...(filters.folder ? { folder: filters.folder } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

/** Whether any filter narrows the list. */
export function isFiltered(filters: HistoryFilters): boolean {
  return Object.keys(queryFor(filters)).length > 0;
}
