import { useEffect } from 'react';
import { useLibrary } from '../../store/library/state';
import { loadMoreLibrary, reloadLibrary } from '../../store/library/actions';
import { useSettings } from '../../store/settings/state';
import { DeleteConfirm } from './DeleteConfirm';
import { LibraryCard } from './LibraryCard';
import { LibraryToolbar } from './LibraryToolbar';
import '../../styles/history.css';
import '../../styles/library.css';
import { strings } from '../../../../shared/strings';

const t = strings.library;

/** What is in the upload folder on ImageKit right now: find, copy links, delete. */
export function LibraryView() {
  const folder = useSettings((s) => s.view?.upload.folder ?? '/');
  const status = useLibrary((s) => s.status);
  const error = useLibrary((s) => s.error);
  const files = useLibrary((s) => s.files);
  const hasMore = useLibrary((s) => s.hasMore);
  const loadingMore = useLibrary((s) => s.loadingMore);
  const searching = useLibrary((s) => s.search.trim() !== '');
  const confirming = useLibrary((s) => s.confirming);
  // Fresh on every visit and whenever the folder changes in Settings.
  useEffect(() => void reloadLibrary(), [folder]);
  return (
    <div className="history library" aria-busy={status === 'loading'}>
      <LibraryToolbar folder={folder} />
      {status === 'error' ? (
        <div className="library-message" role="alert">
          <p>{error}</p>
          <button type="button" className="button small" onClick={() => void reloadLibrary()}>
            {t.tryAgain}
          </button>
        </div>
      ) : status === 'ready' && files.length === 0 ? (
        <p className="list-empty muted" data-testid="library-empty">
          {searching ? t.noMatch : t.emptyFolder(folder)}
        </p>
      ) : (
        <div className="library-scroll">
          <ul className="library-grid" aria-label={t.filesIn(folder)}>
            {files.map((f) => (
              <LibraryCard key={f.fileId} file={f} />
            ))}
          </ul>
          {hasMore && (
            <div className="library-more">
              <button
                type="button"
                className="button"
                disabled={loadingMore}
                onClick={() => void loadMoreLibrary()}
              >
                {loadingMore ? t.loading : t.loadMore}
              </button>
            </div>
          )}
        </div>
      )}
      {confirming && <DeleteConfirm file={confirming} />}
    </div>
  );
}
