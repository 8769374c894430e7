/**
 * The Library view's state: the name search, the files loaded so far (newest first, a page at a
 * time) and the last error. Files come from ImageKit through main; the key never comes here.
 */
import { create } from 'zustand';
import type { LibraryFile } from '../../../../shared/library';
import type { LibraryTextFormat } from '../../../../shared/library-format';

interface LibraryState {
  readonly search: string;
  /** Bumped by every reload, so answers for an older search are dropped. */
  readonly generation: number;
  readonly status: 'loading' | 'ready' | 'error';
  /** The sentence to show when status is 'error'. */
  readonly error: string;
  readonly files: readonly LibraryFile[];
  readonly hasMore: boolean;
  readonly loadingMore: boolean;
  /** The format "Copy link" uses. */
  readonly copyFormat: LibraryTextFormat;
  /** The file whose delete is being asked about, if any. */
  readonly confirming: LibraryFile | null;
}

export const useLibrary = create<LibraryState>(() => ({
  search: '',
  generation: 0,
  status: 'loading',
  error: '',
  files: [],
  hasMore: false,
  loadingMore: false,
  copyFormat: 'url',
  confirming: null,
}));
