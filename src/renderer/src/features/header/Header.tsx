import { useSettings } from '../../store/settings';
import { openSettings } from '../../store/ui';
import { pick } from '../../store/actions';
import { ViewSwitch } from './ViewSwitch';

// A stable empty list: a selector must not return a new array on every call.
const NO_TAGS: readonly string[] = [];

/** App title, where uploads go, and the main buttons. */
export function Header() {
  const folder = useSettings((s) => s.view?.upload.folder ?? '/');
  const tags = useSettings((s) => s.view?.upload.tags ?? NO_TAGS);
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <h1>Batch Uploader</h1>
          <p className="muted">
            Uploads to {folder === '/' ? 'the top folder' : <span className="mono">{folder}</span>}{' '}
            of your ImageKit library
            {tags.length > 0 ? `, tagged ${tags.join(', ')}` : ''}
          </p>
        </div>
      </div>
      <ViewSwitch />
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
