/** What the History view's controls do: filter, page, select, copy, export, open and remove. */
import type { HistoryEntry, HistoryExportFormat } from '../../../../shared/history';
import { formatHistory, type HistoryTextFormat } from '../../../../shared/history-format';
import { uploader } from '../../bridge';
import { debouncedSearch } from '../../lib/debounced-search';
import { copyLines, responsiveWidths } from '../clipboard';
import { guard } from '../guard';
import { pagesCovering } from '../../../../shared/history-paging';
import { queryFor, type HistoryFilters } from './filters';
import { useHistory } from './state';
import { isSelected, selectedCount } from './selectors';
import { fetchPage, rowsBetween, selectedEntries } from './queries';
import { notify } from '../ui/actions';
import { strings } from '../../../../shared/strings';

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

const nameSearch = debouncedSearch(reloadHistory);

/**
 * Change the filters; the search box waits for a pause in typing, the others apply at once.
 * Resolves when the list shows the new filters (or when a later change took over).
 */
export function setHistoryFilters(patch: Partial<HistoryFilters>): Promise<void> {
  useHistory.setState((s) => ({ filters: { ...s.filters, ...patch } }));
  if (Object.keys(patch).length === 1 && 'search' in patch) return nameSearch.schedule();
  nameSearch.cancel();
  return reloadHistory();
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

/** Copy entries to the clipboard in one of the text forms. */
export function copyEntries(
  entries: readonly HistoryEntry[],
  format: Exclude<HistoryTextFormat, 'csv'>,
): Promise<boolean> {
  return guard(async () => {
    if (entries.length === 0) return;
    await copyLines(formatHistory(entries, format, responsiveWidths()), entries.length, format);
  });
}

/** Copy the selection in one of the text forms. */
export function copySelection(format: Exclude<HistoryTextFormat, 'csv'>): Promise<boolean> {
  return guard(async () => copyEntries(await selectedEntries(), format));
}

/**
 * Save a CSV or JSON manifest: of the selection when there is one, else of everything the
 * filters match.
 */
export function exportHistory(format: HistoryExportFormat, selection: boolean): Promise<boolean> {
  return guard(async () => {
    const s = useHistory.getState();
    const request =
      selection && !(s.allMatching && s.excluded.size === 0)
        ? { ids: (await selectedEntries()).map((e) => e.id), format }
        : { query: queryFor(s.filters), format };
    const result = await uploader.exportHistory(request);
    if (result.ok) notify(strings.history.saved(result.count, result.path));
  });
}

/** Open an upload's main image in the browser. */
export function openEntry(entry: HistoryEntry): Promise<boolean> {
  return guard(() => uploader.openExternal(entry.main.url));
}

/** The most ids one remove call carries; bigger selections go in several calls. */
const REMOVE_CHUNK = 10_000;

/** Forget the selected entries on this computer. Nothing on ImageKit changes. */
export function removeSelection(): Promise<boolean> {
  return guard(async () => {
    const ids = (await selectedEntries()).map((e) => e.id);
    let removed = 0;
    for (let i = 0; i < ids.length; i += REMOVE_CHUNK) {
      removed += await uploader.removeFromHistory(ids.slice(i, i + REMOVE_CHUNK));
    }
    notify(strings.history.removed(removed));
    await reloadHistory();
  });
}
