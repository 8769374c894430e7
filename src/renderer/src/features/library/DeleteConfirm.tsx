import type { LibraryFile } from '../../../../shared/library';
import { confirmDelete, deleteLibraryFile } from '../../store/library/actions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { strings } from '../../../../shared/strings';

const t = strings.dialogs.deleteFromImageKit;

/** Asks before deleting a file on ImageKit, naming it and saying it cannot be undone. */
export function DeleteConfirm({ file }: { file: LibraryFile }) {
  return (
    <ConfirmDialog
      id="delete"
      title={t.title(file.name)}
      text={t.text}
      confirmLabel={t.confirm}
      onKeep={() => confirmDelete(null)}
      onConfirm={() => void deleteLibraryFile(file)}
    />
  );
}
