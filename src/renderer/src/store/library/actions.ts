/** What the Library view's controls do: load, search, copy and delete. */
import type { LibraryFile } from '../../../../shared/library';
import type { LibraryTextFormat } from '../../../../shared/library-format';
import { formatLibrary } from '../../../../shared/library-format';
import { uploader } from '../../bridge';
import { debouncedSearch } from '../../lib/debounced-search';
import { copyLines, responsiveWidths } from '../clipboard';
import { guard } from '../guard';
import { notify } from '../ui/actions';
import { useLibrary } from './state';
import { strings } from '../../../../shared/strings';

/** Files asked for per page. */
export const LIBRARY_PAGE = 40;

async function fetchPage(offset: number): Promise<void> {
  const { generation, search } = useLibrary.getState();
  await guard(
    async () => {
      const page = await uploader.listLibrary({ search, offset, limit: LIBRARY_PAGE });
      if (useLibrary.getState().generation !== generation) return;
      useLibrary.setState((s) => ({
        status: 'ready',
        files: offset === 0 ? page.files : [...s.files, ...page.files],
        hasMore: page.hasMore,
        loadingMore: false,
      }));
    },
    (message) => {
      if (useLibrary.getState().generation !== generation) return;
      // The first page's failure takes the list's place; a later page's is a notice.
      if (offset === 0) useLibrary.setState({ status: 'error', error: message });
      else {
        useLibrary.setState({ loadingMore: false });
        notify(message, 'error');
      }
    },
  );
}

/** Load the first page again for the current search. */
export function reloadLibrary(): Promise<void> {
  useLibrary.setState((s) => ({
    generation: s.generation + 1,
    status: 'loading',
    loadingMore: false,
    files: [],
    hasMore: false,
  }));
  return fetchPage(0);
}

/** Append the next page. */
export function loadMoreLibrary(): Promise<void> {
  const s = useLibrary.getState();
  if (s.loadingMore || !s.hasMore) return Promise.resolve();
  useLibrary.setState({ loadingMore: true });
  return fetchPage(s.files.length);
}

const nameSearch = debouncedSearch(reloadLibrary);

/**
 * Change the name search; it runs once typing pauses. Resolves when the list shows it (or when
 * a later change took over).
 */
export function setLibrarySearch(search: string): Promise<void> {
  useLibrary.setState({ search });
  return nameSearch.schedule();
}

/** Pick the format "Copy link" uses. */
export function setCopyFormat(copyFormat: LibraryTextFormat): void {
  useLibrary.setState({ copyFormat });
}

/** Copy one file's link in the chosen format. */
export function copyLibraryFile(file: LibraryFile): Promise<boolean> {
  const format = useLibrary.getState().copyFormat;
  return guard(() => copyLines(formatLibrary([file], format, responsiveWidths()), 1, format));
}

/** Ask before deleting `file` (null closes the question). */
export function confirmDelete(file: LibraryFile | null): void {
  useLibrary.setState({ confirming: file });
}

/** Delete a file on ImageKit; on success it leaves the list, on failure the list is reloaded. */
export async function deleteLibraryFile(file: LibraryFile): Promise<void> {
  useLibrary.setState({ confirming: null });
  const deleted = await guard(async () => {
    await uploader.deleteLibraryFile(file.fileId);
    useLibrary.setState((s) => ({ files: s.files.filter((f) => f.fileId !== file.fileId) }));
    notify(strings.library.deleted(file.name));
  });
  if (!deleted) await reloadLibrary();
}
