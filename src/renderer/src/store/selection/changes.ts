/** How a selection changes: pure functions from one selection to the next. */
import type { JobId } from '../../../../shared/jobs';
import { EMPTY_SELECTION, type MoveMode, type Selection } from './state';

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
