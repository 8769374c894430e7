import { useSettings } from '../../store/settings/state';
import { openSettings } from '../../store/ui/actions';
import { pick } from '../../store/jobs/actions';
import { ViewSwitch } from './ViewSwitch';
import { WatchIndicator } from '../watch/WatchIndicator';
import { strings } from '../../../../shared/strings';
import { parts } from '../../lib/parts';

// A stable empty list: a selector must not return a new array on every call.
const NO_TAGS: readonly string[] = [];

const t = strings.header;

/** App title, where uploads go, and the main buttons. */
export function Header() {
  const folder = useSettings((s) => s.view?.upload.folder ?? '/');
  const tags = useSettings((s) => s.view?.upload.tags ?? NO_TAGS);
  return (
    <header className="header">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true" />
        <div>
          <h1>{t.title}</h1>
          <p className="muted">
            {parts(
              t.uploadsTo(
                folder === '/' ? t.topFolder : <span className="mono">{folder}</span>,
                tags,
              ),
            )}
          </p>
          <WatchIndicator />
        </div>
      </div>
      <ViewSwitch />
      <div className="header-actions">
        <button type="button" className="button primary" onClick={() => void pick('files')}>
          {t.addImages}
        </button>
        <button type="button" className="button" onClick={() => void pick('folder')}>
          {t.addFolder}
        </button>
        <button type="button" className="button ghost" onClick={() => openSettings(true)}>
          {t.settings}
        </button>
      </div>
    </header>
  );
}
