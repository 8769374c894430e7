import { memo, useState } from 'react';
import type { LibraryFile } from '../../../../shared/library';
import { confirmDelete, copyLibraryFile } from '../../store/library/actions';
import { formatBytes, formatSize } from '../../lib/format';
import { ActionButton } from '../../components/ActionButton';
import { strings } from '../../../../shared/strings';

const t = strings.library;

/** One file on ImageKit: its thumbnail (a URL-endpoint transformation), facts and actions. */
export const LibraryCard = memo(function LibraryCard({ file }: { file: LibraryFile }) {
  const [failed, setFailed] = useState(false);
  return (
    <li className="library-card" data-testid="library-card" data-file-id={file.fileId}>
      <div className="library-thumb">
        {!failed && (
          <img
            src={file.thumbnailUrl}
            alt=""
            loading="lazy"
            decoding="async"
            onError={() => setFailed(true)}
          />
        )}
      </div>
      <div className="library-name" title={file.filePath}>
        {file.name}
      </div>
      <div className="library-meta muted">
        {file.width > 0 ? `${formatSize(file.width, file.height)} · ` : ''}
        {formatBytes(file.size)}
      </div>
      <div className="library-actions">
        <ActionButton
          className="button ghost small"
          label={t.copyLinkOf(file.name)}
          onClick={() => void copyLibraryFile(file)}
        >
          {t.copyLink}
        </ActionButton>
        <ActionButton
          className="button ghost small danger"
          label={t.deleteOf(file.name)}
          onClick={() => confirmDelete(file)}
        >
          {t.delete}
        </ActionButton>
      </div>
    </li>
  );
});
