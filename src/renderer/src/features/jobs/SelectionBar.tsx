import type { JobId } from '../../../../shared/jobs';
import { useJobs } from '../../store/jobs';
import { EMPTY_SELECTION, updateSelection, useSelection } from '../../store/selection';
import { ActionButton } from '../ActionButton';
import { copyRows, removeRows } from './listCommands';

function selectedIds(): JobId[] {
  const { selected } = useSelection.getState();
  return useJobs.getState().order.filter((id) => selected.has(id));
}

/** What can be done with the selected rows: the same as Ctrl/Cmd+C and Delete, for the mouse. */
export function SelectionBar() {
  const count = useSelection((s) => s.selected.size);
  if (count === 0) return null;
  return (
    <div className="list-selection" role="toolbar" aria-label="Selected files">
      <p className="list-selection-count" aria-live="polite" data-testid="selection-count">
        {count === 1 ? '1 file selected' : `${count.toLocaleString()} files selected`}
      </p>
      <ActionButton className="button small" onClick={() => void copyRows(selectedIds())}>
        Copy links
      </ActionButton>
      <ActionButton className="button small" onClick={() => void removeRows(selectedIds())}>
        Remove from list
      </ActionButton>
      <ActionButton
        className="button small ghost"
        onClick={() => updateSelection(() => EMPTY_SELECTION)}
      >
        Clear selection
      </ActionButton>
    </div>
  );
}
