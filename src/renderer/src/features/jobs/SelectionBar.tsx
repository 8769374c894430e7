import { useJobs } from '../../store/jobs/state';
import { EMPTY_SELECTION, useSelection } from '../../store/selection/state';
import { selectedInOrder } from '../../store/selection/selectors';
import { updateSelection } from '../../store/selection/actions';
import { ActionButton } from '../../components/ActionButton';
import { copyRows, removeRows } from '../../store/jobs/actions';
import { strings } from '../../../../shared/strings';
import { editRowsAlt } from '../../store/alt/actions';

const t = strings.selection;

const selectedIds = () => selectedInOrder(useSelection.getState(), useJobs.getState().order);

/** What can be done with the selected rows: the same as Ctrl/Cmd+C and Delete, for the mouse. */
export function SelectionBar() {
  const count = useSelection((s) => s.selected.size);
  if (count === 0) return null;
  return (
    <div className="list-selection" role="toolbar" aria-label={t.label}>
      <p className="list-selection-count" aria-live="polite" data-testid="selection-count">
        {t.count(count)}
      </p>
      <ActionButton className="button small" onClick={() => editRowsAlt(selectedIds())}>
        {strings.alt.setAction}
      </ActionButton>
      <ActionButton className="button small" onClick={() => void copyRows(selectedIds())}>
        {t.copyLinks}
      </ActionButton>
      <ActionButton className="button small" onClick={() => void removeRows(selectedIds())}>
        {t.remove}
      </ActionButton>
      <ActionButton
        className="button small ghost"
        onClick={() => updateSelection(() => EMPTY_SELECTION)}
      >
        {t.clear}
      </ActionButton>
    </div>
  );
}
