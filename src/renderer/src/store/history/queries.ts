/**
 * How the History store reads main: a page around the screen into the cache, and the entries a
 * range or the selection covers, fetched fresh.
 */
import type { HistoryEntry, HistoryQuery } from '../../../../shared/history';
import { HISTORY_MAX_LIMIT } from '../../../../shared/history';
import { uploader } from '../../bridge';
import { guard } from '../guard';
import { evictFar, PAGE_SIZE, queryFor } from './paging';
import { useHistory } from './state';

const inFlight = new Set<string>();

function currentQuery(): HistoryQuery {
  return queryFor(useHistory.getState().filters);
}

/** Load one page for the current filters into the cache (once, however often it is asked). */
export async function fetchPage(page: number): Promise<void> {
  const { generation } = useHistory.getState();
  const key = `${generation}:${page}`;
  if (inFlight.has(key)) return;
  inFlight.add(key);
  await guard(async () => {
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
  });
  inFlight.delete(key);
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
export async function rowsBetween(lo: number, hi: number): Promise<HistoryEntry[]> {
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

/** The selected entries, newest first (fetched from main for "all matching"). */
export async function selectedEntries(): Promise<HistoryEntry[]> {
  const s = useHistory.getState();
  if (s.allMatching) return (await allMatchingEntries()).filter((e) => !s.excluded.has(e.id));
  return [...s.picked.values()].sort((a, b) => b.uploadedAt - a.uploadedAt || b.id - a.id);
}
