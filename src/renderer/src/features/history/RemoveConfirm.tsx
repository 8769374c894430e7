import { removeSelection } from '../../store/history/actions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { strings } from '../../../../shared/strings';

const t = strings.dialogs.removeFromHistory;

/** Asks before forgetting entries, and says plainly that ImageKit keeps the files. */
export function RemoveConfirm({ count, onClose }: { count: number; onClose: () => void }) {
  return (
    <ConfirmDialog
      id="remove"
      title={t.title(count)}
      text={t.text}
      confirmLabel={t.confirm}
      onKeep={onClose}
      onConfirm={() => {
        onClose();
        void removeSelection();
      }}
    />
  );
}
