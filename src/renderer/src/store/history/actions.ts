/** What the History view's buttons do: copy, export, open and remove. */
import type { HistoryEntry, HistoryExportFormat } from '../../../../shared/history';
import { formatHistory, type HistoryTextFormat } from '../../../../shared/history-format';
import { uploader } from '../../bridge';
import { copyLines } from '../clipboard';
import { messageOf } from '../../lib/errors';
import { queryFor } from './paging';
import { reloadHistory, selectedEntries, useHistory } from './state';
import { notify } from '../ui/state';
import { strings } from '../../../../shared/strings';

async function attempt(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (err) {
    notify(messageOf(err), 'error');
  }
}

/** Copy entries to the clipboard in one of the text forms. */
export function copyEntries(
  entries: readonly HistoryEntry[],
  format: Exclude<HistoryTextFormat, 'csv'>,
): Promise<void> {
  return attempt(async () => {
    if (entries.length === 0) return;
    await copyLines(formatHistory(entries, format), entries.length, format);
  });
}

/** Copy the selection in one of the text forms. */
export function copySelection(format: Exclude<HistoryTextFormat, 'csv'>): Promise<void> {
  return attempt(async () => copyEntries(await selectedEntries(), format));
}

/**
 * Save a CSV or JSON manifest: of the selection when there is one, else of everything the
 * filters match.
 */
export function exportHistory(format: HistoryExportFormat, selection: boolean): Promise<void> {
  return attempt(async () => {
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
export function openEntry(entry: HistoryEntry): Promise<void> {
  return attempt(() => uploader.openExternal(entry.main.url));
}

/** The most ids one remove call carries; bigger selections go in several calls. */
const REMOVE_CHUNK = 10_000;

/** Forget the selected entries on this computer. Nothing on ImageKit changes. */
export function removeSelection(): Promise<void> {
  return attempt(async () => {
    const ids = (await selectedEntries()).map((e) => e.id);
    let removed = 0;
    for (let i = 0; i < ids.length; i += REMOVE_CHUNK) {
      removed += await uploader.removeFromHistory(ids.slice(i, i + REMOVE_CHUNK));
    }
    notify(strings.history.removed(removed));
    await reloadHistory();
  });
}
