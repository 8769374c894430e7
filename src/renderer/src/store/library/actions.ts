/** What the Library view's controls do: load, search, copy and delete. */
import type { LibraryFile } from '../../../../shared/library';
import type { LibraryTextFormat } from '../../../../shared/library-format';
import { formatLibrary } from '../../../../shared/library-format';
import { uploader } from '../../bridge';
import { copyLines } from '../clipboard';
import { messageOf } from '../../lib/errors';
import { notify } from '../ui/actions';
import { useLibrary } from './state';
import { strings } from '../../../../shared/strings';

/** Files asked for per page. */
export const LIBRARY_PAGE = 40;
/** How long typing must pause before a search runs. */
export const LIBRARY_SEARCH_DELAY_MS = 300;

async function fetchPage(offset: number): Promise<void> {
  const { generation, search } = useLibrary.getState();
  try {
    const page = await uploader.listLibrary({ search, offset, limit: LIBRARY_PAGE });
    if (useLibrary.getState().generation !== generation) return;
    useLibrary.setState((s) => ({
      status: 'ready',
      files: offset === 0 ? page.files : [...s.files, ...page.files],
      hasMore: page.hasMore,
      loadingMore: false,
    }));
  } catch (err) {
    if (useLibrary.getState().generation !== generation) return;
    if (offset === 0) useLibrary.setState({ status: 'error', error: messageOf(err) });
    else {
      useLibrary.setState({ loadingMore: false });
      notify(messageOf(err), 'error');
    }
  }
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

let searchTimer: ReturnType<typeof setTimeout> | undefined;

/** Change the name search; it runs once typing pauses. */
export function setLibrarySearch(search: string): void {
  useLibrary.setState({ search });
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => void reloadLibrary(), LIBRARY_SEARCH_DELAY_MS);
}

/** Pick the format "Copy link" uses. */
export function setCopyFormat(copyFormat: LibraryTextFormat): void {
  useLibrary.setState({ copyFormat });
}

/** Copy one file's link in the chosen format. */
export async function copyLibraryFile(file: LibraryFile): Promise<void> {
  const format = useLibrary.getState().copyFormat;
  try {
    await copyLines(formatLibrary([file], format), 1, format);
  } catch (err) {
    notify(messageOf(err), 'error');
  }
}

/** Ask before deleting `file` (null closes the question). */
export function confirmDelete(file: LibraryFile | null): void {
  useLibrary.setState({ confirming: file });
}

/** Delete a file on ImageKit; on success it leaves the list, on failure the list is reloaded. */
export async function deleteLibraryFile(file: LibraryFile): Promise<void> {
  useLibrary.setState({ confirming: null });
  try {
    await uploader.deleteLibraryFile(file.fileId);
    useLibrary.setState((s) => ({ files: s.files.filter((f) => f.fileId !== file.fileId) }));
    notify(strings.library.deleted(file.name));
  } catch (err) {
    notify(messageOf(err), 'error');
    await reloadLibrary();
  }
}
