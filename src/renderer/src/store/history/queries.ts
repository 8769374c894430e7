/**
 * How the History store reads main: a page around the screen into the cache, and the entries a
 * range or the selection covers, fetched fresh.
 */
import type { HistoryEntry, HistoryQuery } from '../../../../shared/history';
import { HISTORY_MAX_LIMIT } from '../../../../shared/history';
import { uploader } from '../../bridge';
import { guard } from '../guard';
import { allMatching, evictFar, newestFirst, PAGE_SIZE } from '../../../../shared/history-paging';
import { queryFor } from './filters';
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
  if (s.allMatching) {
    const entries = await allMatching(currentQuery(), (q) => uploader.queryHistory(q));
    return entries.filter((e) => !s.excluded.has(e.id));
  }
  return [...s.picked.values()].sort(newestFirst);
}
