import { useEffect, useRef } from 'react';
import type { LibraryFile } from '../../../../shared/library';
import { confirmDelete, deleteLibraryFile } from '../../store/library';

/** Asks before deleting a file on ImageKit, naming it and saying it cannot be undone. */
export function DeleteConfirm({ file }: { file: LibraryFile }) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe choice has the focus, so Enter never deletes by accident.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="confirm-backdrop">
      <div
        className="confirm"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="delete-title"
        aria-describedby="delete-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') confirmDelete(null);
        }}
      >
        <h2 id="delete-title">Delete {file.name} from ImageKit? This cannot be undone.</h2>
        <p id="delete-text">
          The file and its versions go for good, and every page that shows it breaks. Copies on this
          computer and entries in History stay.
        </p>
        <div className="confirm-actions">
          <button type="button" className="button" ref={keep} onClick={() => confirmDelete(null)}>
            Keep
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => void deleteLibraryFile(file)}
          >
            Delete from ImageKit
          </button>
        </div>
      </div>
    </div>
  );
}
