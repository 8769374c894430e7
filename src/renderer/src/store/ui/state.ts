import { create } from 'zustand';

/** Which rows the list shows. */
export type ListFilter = 'all' | 'active' | 'failed' | 'done';

export interface Notice {
  readonly id: number;
  readonly tone: 'info' | 'error';
  readonly text: string;
}

/** The main area: this session's uploads, the history of every upload, or the ImageKit folder. */
export type MainView = 'uploads' | 'history' | 'library';

interface UiState {
  readonly view: MainView;
  readonly settingsOpen: boolean;
  /** The list of keyboard shortcuts (Help → Keyboard Shortcuts, or ?). */
  readonly shortcutsOpen: boolean;
  readonly filter: ListFilter;
  readonly notices: readonly Notice[];
}

export const useUi = create<UiState>(() => ({
  view: 'uploads',
  settingsOpen: false,
  shortcutsOpen: false,
  filter: 'all',
  notices: [],
}));
