/**
 * The History list's sort and paging rule, written once for the page and for main: the order
 * entries come in, which pages cover the rows on screen, which cached pages to drop so a long
 * scroll never holds the whole history in memory, and how "every matching entry" is read a
 * large page at a time. Pure: no store, no page, no Node.
 */
import type { HistoryEntry, HistoryPage, HistoryQuery } from './history';
import { HISTORY_MAX_LIMIT } from './history';

/** Rows per request: a screenful many times over, far below the 1,000 a call may ask for. */
export const PAGE_SIZE = 200;
/** Pages kept at once (4,000 rows); the ones farthest from the screen go first. */
export const MAX_CACHED_PAGES = 20;

/** Newest first, as the view, the query and an export show them; the newer row wins a tie. */
export function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  return b.uploadedAt - a.uploadedAt || b.id - a.id;
}

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

/**
 * Every entry `query` matches, newest first, asked for HISTORY_MAX_LIMIT at a time until a page
 * comes back short or the total is reached. `ask` answers one page (main's store, or the page's
 * call to main).
 */
export async function allMatching(
  query: HistoryQuery,
  ask: (page: HistoryQuery) => HistoryPage | Promise<HistoryPage>,
): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = [];
  for (let offset = 0; ; offset += HISTORY_MAX_LIMIT) {
    const page = await ask({ ...query, offset, limit: HISTORY_MAX_LIMIT });
    entries.push(...page.entries);
    if (page.entries.length < HISTORY_MAX_LIMIT || entries.length >= page.total) return entries;
  }
}
