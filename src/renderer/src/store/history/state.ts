/**
 * The History view's state: the filters, the pages of entries loaded around the screen, and the
 * selection. Entries come from main a page at a time; the whole history is never loaded here.
 */
import { create } from 'zustand';
import type { HistoryEntry } from '../../../../shared/history';
import { NO_FILTERS, type HistoryFilters } from './filters';

export interface HistoryState {
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
