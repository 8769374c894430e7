import { create } from 'zustand';
import type { JobId } from '../../../../shared/jobs';

/** Which rows of the Uploads list are selected, and which one the keyboard is on. */
export interface Selection {
  readonly selected: ReadonlySet<JobId>;
  /** The row the arrow keys move from (shown with a focus ring while the list has focus). */
  readonly active: JobId | null;
  /** Where Shift+arrow and Shift+click ranges start. */
  readonly anchor: JobId | null;
}

/** How a move changes the selection: replace it, extend it from the anchor, or leave it. */
export type MoveMode = 'replace' | 'extend' | 'focus';

export const EMPTY_SELECTION: Selection = { selected: new Set(), active: null, anchor: null };

function range(ids: readonly JobId[], from: number, to: number): Set<JobId> {
  const [lo, hi] = from <= to ? [from, to] : [to, from];
  return new Set(ids.slice(lo, hi + 1));
}

/** Put the keyboard on row `index` of `ids` (clamped), changing the selection as `mode` says. */
export function moveTo(
  sel: Selection,
  ids: readonly JobId[],
  index: number,
  mode: MoveMode,
): Selection {
  if (ids.length === 0) return EMPTY_SELECTION;
  const i = Math.max(0, Math.min(ids.length - 1, index));
  const id = ids[i] as JobId;
  switch (mode) {
    case 'replace':
      return { selected: new Set([id]), active: id, anchor: id };
    case 'focus':
      return { ...sel, active: id };
    case 'extend': {
      const anchorIndex = sel.anchor === null ? -1 : ids.indexOf(sel.anchor);
      const from = anchorIndex === -1 ? i : anchorIndex;
      return { selected: range(ids, from, i), active: id, anchor: ids[from] ?? id };
    }
  }
}

/** The index the keyboard is on, or -1 when it is on no row that is shown. */
export function activeIndex(sel: Selection, ids: readonly JobId[]): number {
  return sel.active === null ? -1 : ids.indexOf(sel.active);
}

/** Add or take out one row (Ctrl/Cmd+click, Space), leaving the others. */
export function toggle(sel: Selection, id: JobId): Selection {
  const selected = new Set(sel.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { selected, active: id, anchor: id };
}

/** Every row that is shown. */
export function selectAll(ids: readonly JobId[], sel: Selection): Selection {
  return { selected: new Set(ids), active: sel.active ?? ids[0] ?? null, anchor: sel.anchor };
}

/** The selected ids that are still shown, in list order. */
export function selectedInOrder(sel: Selection, ids: readonly JobId[]): JobId[] {
  return sel.selected.size === 0 ? [] : ids.filter((id) => sel.selected.has(id));
}

export const useSelection = create<Selection>(() => EMPTY_SELECTION);

/** Apply a change worked out by one of the functions above. */
export function updateSelection(change: (sel: Selection) => Selection): void {
  useSelection.setState((sel) => change(sel), true);
}

/** Forget rows that left the list, so a removed row cannot stay selected. */
export function forgetMissing(present: (id: JobId) => boolean): void {
  const sel = useSelection.getState();
  const gone = [...sel.selected].some((id) => !present(id));
  const activeGone = sel.active !== null && !present(sel.active);
  const anchorGone = sel.anchor !== null && !present(sel.anchor);
  if (!gone && !activeGone && !anchorGone) return;
  useSelection.setState(
    {
      selected: new Set([...sel.selected].filter(present)),
      active: activeGone ? null : sel.active,
      anchor: anchorGone ? null : sel.anchor,
    },
    true,
  );
}
