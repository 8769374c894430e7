import { removeSelection } from '../../store/history-actions';
import { ConfirmDialog } from '../ConfirmDialog';

/** Asks before forgetting entries, and says plainly that ImageKit keeps the files. */
export function RemoveConfirm({ count, onClose }: { count: number; onClose: () => void }) {
  const uploads = count === 1 ? 'this upload' : `these ${count.toLocaleString()} uploads`;
  return (
    <ConfirmDialog
      id="remove"
      title={`Remove ${uploads} from the history?`}
      text="This only forgets them on this computer. Nothing is deleted on ImageKit: the files stay there and their links keep working."
      confirmLabel="Remove from history"
      onKeep={onClose}
      onConfirm={() => {
        onClose();
        void removeSelection();
      }}
    />
  );
}
