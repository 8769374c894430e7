import type { HistoryState } from './state';

/** Whether an entry is selected. */
export function isSelected(s: HistoryState, id: number): boolean {
  return s.allMatching ? !s.excluded.has(id) : s.picked.has(id);
}

/** How many entries are selected. */
export function selectedCount(s: HistoryState): number {
  return s.allMatching ? Math.max(0, s.total - s.excluded.size) : s.picked.size;
}
