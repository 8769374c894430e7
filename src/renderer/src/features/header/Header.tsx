import { useSettings } from '../../store/settings';
import { openSettings } from '../../store/ui';
import { pick } from '../../store/actions';

/** App title, where uploads go, and the main buttons. */
export function Header() {
  const folder = useSettings((s) => s.view?.upload.folder ?? '/');
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <h1>Batch Uploader</h1>
          <p className="muted">
            Uploads to <span className="mono">{folder}</span> on ImageKit
          </p>
        </div>
      </div>
      <div className="header-actions">
        <button type="button" className="button primary" onClick={() => void pick('files')}>
          Add images…
        </button>
        <button type="button" className="button" onClick={() => void pick('folder')}>
          Add folder…
        </button>
        <button type="button" className="button ghost" onClick={() => openSettings(true)}>
          Settings
        </button>
      </div>
    </header>
  );
}
