/**
 * Page arithmetic for the History list: which pages cover the rows on screen, and which cached
 * pages to drop so a long scroll never holds the whole history in memory.
 */
import type { HistoryEntry, HistoryQuery } from '../../../../shared/history';

/** Rows per request: a screenful many times over, far below the 1,000 a call may ask for. */
export const PAGE_SIZE = 200;
/** Pages kept at once (4,000 rows); the ones farthest from the screen go first. */
export const MAX_CACHED_PAGES = 20;

/** The pages holding rows first..last (inclusive), clipped to the total. */
export function pagesCovering(first: number, last: number, total: number): number[] {
  if (total <= 0 || last < first) return [];
  const lo = Math.max(0, Math.floor(first / PAGE_SIZE));
  const hi = Math.min(Math.floor((total - 1) / PAGE_SIZE), Math.floor(last / PAGE_SIZE));
  const pages: number[] = [];
  for (let p = lo; p <= hi; p += 1) pages.push(p);
  return pages;
}

/** The cache without its pages farthest from `near`, once it holds more than the cap. */
export function evictFar<T>(
  pages: ReadonlyMap<number, T>,
  near: number,
  cap = MAX_CACHED_PAGES,
): Map<number, T> {
  if (pages.size <= cap) return new Map(pages);
  const keep = [...pages.keys()]
    .sort((a, b) => Math.abs(a - near) - Math.abs(b - near) || a - b)
    .slice(0, cap);
  return new Map(keep.map((p) => [p, pages.get(p) as T]));
}

/** The entry at a row index, when its page is loaded. */
export function entryAt(
  pages: ReadonlyMap<number, readonly HistoryEntry[]>,
  index: number,
): HistoryEntry | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

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
