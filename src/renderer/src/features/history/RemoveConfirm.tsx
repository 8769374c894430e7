import { useEffect, useRef } from 'react';
import { removeSelection } from '../../store/history-actions';

/** Asks before forgetting entries, and says plainly that ImageKit keeps the files. */
export function RemoveConfirm({ count, onClose }: { count: number; onClose: () => void }) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so Enter never removes by accident.
  useEffect(() => keep.current?.focus(), []);
  const uploads = count === 1 ? 'this upload' : `these ${count.toLocaleString()} uploads`;
  return (
    <div className="confirm-backdrop">
      <div
        className="confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="remove-title"
        aria-describedby="remove-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <h2 id="remove-title">Remove {uploads} from the history?</h2>
        <p id="remove-text">
          This only forgets them on this computer. Nothing is deleted on ImageKit: the files stay
          there and their links keep working.
        </p>
        <div className="confirm-actions">
          <button type="button" className="button" ref={keep} onClick={onClose}>
            Keep
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              onClose();
              void removeSelection();
            }}
          >
            Remove from history
          </button>
        </div>
      </div>
    </div>
  );
}
