import type { JobId } from '../../../../shared/jobs';
import { useSelection, type Selection } from './state';

/** Apply a change worked out by one of the functions in ./changes. */
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
