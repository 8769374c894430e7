import { useSettings } from '../../store/settings/state';
import { openSettings } from '../../store/ui/actions';
import { strings } from '../../../../shared/strings';
import { folderName } from './folder-name';

const t = strings.watch;

/** "Watching 2 folders" in the header while any watch folder is on; opens Settings. */
export function WatchIndicator() {
  // A joined string: a selector must not return a new array on every call.
  const watching = useSettings(
    (s) =>
      s.view?.watchStatus
        .filter((w) => w.state === 'watching')
        .map((w) => w.path)
        .join('\n') ?? '',
  );
  if (watching === '') return null;
  const names = watching.split('\n').map(folderName);
  return (
    <button
      type="button"
      className="watch-indicator"
      title={t.indicatorTitle(names)}
      data-testid="watch-indicator"
      onClick={() => openSettings(true)}
    >
      <span className="watch-dot" aria-hidden="true" />
      {t.indicator(names.length)}
    </button>
  );
}
