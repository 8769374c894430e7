import type { LibraryFile } from '../../../../shared/library';
import { confirmDelete, deleteLibraryFile } from '../../store/library';
import { ConfirmDialog } from '../ConfirmDialog';

/** Asks before deleting a file on ImageKit, naming it and saying it cannot be undone. */
export function DeleteConfirm({ file }: { file: LibraryFile }) {
  return (
    <ConfirmDialog
      id="delete"
      title={`Delete ${file.name} from ImageKit? This cannot be undone.`}
      text="The file and its versions go for good, and every page that shows it breaks. Copies on this computer and entries in History stay."
      confirmLabel="Delete from ImageKit"
      onKeep={() => confirmDelete(null)}
      onConfirm={() => void deleteLibraryFile(file)}
    />
  );
}
