/**
 * The History view's state: the filters, the pages of entries loaded around the screen, and the
 * selection. Entries come from main a page at a time; the whole history is never loaded here.
 */
import { create } from 'zustand';
import type { HistoryEntry, HistoryQuery } from '../../../../shared/history';
import { HISTORY_MAX_LIMIT } from '../../../../shared/history';
import { uploader } from '../../bridge';
import { messageOf } from '../../lib/errors';
import {
  evictFar,
  NO_FILTERS,
  PAGE_SIZE,
  pagesCovering,
  queryFor,
  type HistoryFilters,
} from './paging';
import { notify } from '../ui/state';

interface HistoryState {
  readonly filters: HistoryFilters;
  /** Bumped whenever the filters change, so answers to an older query are dropped. */
  readonly generation: number;
  /** Whether the first page for the current filters has arrived. */
  readonly loaded: boolean;
  readonly total: number;
  readonly folders: readonly string[];
  readonly pages: ReadonlyMap<number, readonly HistoryEntry[]>;
  /** Rows picked one by one (or by range), with their entries, for copying. */
  readonly picked: ReadonlyMap<number, HistoryEntry>;
  /** "Select all matching": everything the filters match, except `excluded`. */
  readonly allMatching: boolean;
  readonly excluded: ReadonlySet<number>;
  /** The row a shift-click extends from. */
  readonly anchor: number | null;
  /** Whether "Remove from history" is asking for confirmation (the button or Delete). */
  readonly removeAsked: boolean;
}

const INITIAL: HistoryState = {
  filters: NO_FILTERS,
  generation: 0,
  loaded: false,
  total: 0,
  folders: [],
  pages: new Map(),
  picked: new Map(),
  allMatching: false,
  excluded: new Set(),
  anchor: null,
  removeAsked: false,
};

export const useHistory = create<HistoryState>(() => INITIAL);

const inFlight = new Set<string>();

function currentQuery(): HistoryQuery {
  return queryFor(useHistory.getState().filters);
}

async function fetchPage(page: number): Promise<void> {
  const { generation } = useHistory.getState();
  const key = `${generation}:${page}`;
  if (inFlight.has(key)) return;
  inFlight.add(key);
  try {
    const result = await uploader.queryHistory({
      ...currentQuery(),
      offset: page * PAGE_SIZE,
      limit: PAGE_SIZE,
    });
    if (useHistory.getState().generation !== generation) return;
    useHistory.setState((s) => ({
      loaded: true,
      total: result.total,
      folders: result.folders,
      pages: evictFar(new Map(s.pages).set(page, result.entries), page),
    }));
  } catch (err) {
    notify(messageOf(err), 'error');
  } finally {
    inFlight.delete(key);
  }
}

/** Start over for the current filters: drop pages and the selection, load the first page. */
export function reloadHistory(): Promise<void> {
  useHistory.setState((s) => ({
    generation: s.generation + 1,
    loaded: false,
    pages: new Map(),
    picked: new Map(),
    allMatching: false,
    excluded: new Set(),
    anchor: null,
  }));
  return fetchPage(0);
}

/** Load whatever pages rows first..last need that are not here yet. */
export function showRows(first: number, last: number): Promise<void> {
  const { pages, total } = useHistory.getState();
  const missing = pagesCovering(first, last, total).filter((p) => !pages.has(p));
  return Promise.all(missing.map(fetchPage)).then(() => {});
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchDone: (() => void) | undefined;
/** How long typing must pause before a search runs. */
export const SEARCH_DELAY_MS = 250;

/**
 * Change the filters; the search box waits for a pause in typing, the others apply at once.
 * Resolves when the list shows the new filters (or when a later change took over).
 */
export function setHistoryFilters(patch: Partial<HistoryFilters>): Promise<void> {
  useHistory.setState((s) => ({ filters: { ...s.filters, ...patch } }));
  clearTimeout(searchTimer);
  searchDone?.();
  searchDone = undefined;
  if (Object.keys(patch).length === 1 && 'search' in patch) {
    return new Promise((resolve) => {
      searchDone = resolve;
      searchTimer = setTimeout(() => {
        searchDone = undefined;
        void reloadHistory().then(resolve);
      }, SEARCH_DELAY_MS);
    });
  }
  return reloadHistory();
}

/** Every entry the filters match, a large page at a time. */
async function allMatchingEntries(): Promise<HistoryEntry[]> {
  const query = currentQuery();
  const entries: HistoryEntry[] = [];
  for (let offset = 0; ; offset += HISTORY_MAX_LIMIT) {
    const page = await uploader.queryHistory({ ...query, offset, limit: HISTORY_MAX_LIMIT });
    entries.push(...page.entries);
    if (page.entries.length < HISTORY_MAX_LIMIT || entries.length >= page.total) return entries;
  }
}

/** Rows lo..hi of the current list, fetched fresh (a range may reach past the cached pages). */
async function rowsBetween(lo: number, hi: number): Promise<HistoryEntry[]> {
  const query = currentQuery();
  const rows: HistoryEntry[] = [];
  for (let offset = lo; offset <= hi; offset += HISTORY_MAX_LIMIT) {
    const limit = Math.min(HISTORY_MAX_LIMIT, hi - offset + 1);
    const page = await uploader.queryHistory({ ...query, offset, limit });
    rows.push(...page.entries);
    if (page.entries.length < limit) break;
  }
  return rows;
}

/** Whether an entry is selected. */
export function isSelected(s: HistoryState, id: number): boolean {
  return s.allMatching ? !s.excluded.has(id) : s.picked.has(id);
}

/** How many entries are selected. */
export function selectedCount(s: HistoryState): number {
  return s.allMatching ? Math.max(0, s.total - s.excluded.size) : s.picked.size;
}

/**
 * Click on a row's checkbox. With shift, every row from the last clicked one to this one takes
 * this row's new state.
 */
export async function toggleRow(entry: HistoryEntry, index: number, shift: boolean): Promise<void> {
  const s = useHistory.getState();
  const select = !isSelected(s, entry.id);
  const range =
    shift && s.anchor !== null
      ? await rowsBetween(Math.min(s.anchor, index), Math.max(s.anchor, index))
      : [entry];
  useHistory.setState((now) => {
    if (now.generation !== s.generation) return {};
    if (now.allMatching) {
      const excluded = new Set(now.excluded);
      for (const e of range) {
        if (select) excluded.delete(e.id);
        else excluded.add(e.id);
      }
      return { excluded, anchor: index };
    }
    const picked = new Map(now.picked);
    for (const e of range) {
      if (select) picked.set(e.id, e);
      else picked.delete(e.id);
    }
    return { picked, anchor: index };
  });
}

/** Select everything the filters match, loaded or not. */
export function selectAllMatching(): void {
  useHistory.setState({ allMatching: true, excluded: new Set(), picked: new Map() });
}

/** Open or close the question before removing the selection from the history. */
export function askRemove(open: boolean): void {
  useHistory.setState({ removeAsked: open && selectedCount(useHistory.getState()) > 0 });
}

export function clearSelection(): void {
  useHistory.setState({ allMatching: false, excluded: new Set(), picked: new Map(), anchor: null });
}

/** The selected entries, newest first (fetched from main for "all matching"). */
export async function selectedEntries(): Promise<HistoryEntry[]> {
  const s = useHistory.getState();
  if (s.allMatching) return (await allMatchingEntries()).filter((e) => !s.excluded.has(e.id));
  return [...s.picked.values()].sort((a, b) => b.uploadedAt - a.uploadedAt || b.id - a.id);
}
