import { useState } from 'react';
import type { SettingsView } from '../../../../shared/settings';
import type { WatchFolder, WatchStatus } from '../../../../shared/watch';
import { useSettings } from '../../store/settings/state';
import { addWatchFolder, removeWatchFolder, updateWatchFolder } from '../../store/settings/actions';
import { TextField } from '../settings/TextField';
import { parseTags } from '../../lib/tags';
import { Checkbox } from '../../components/Checkbox';
import { strings } from '../../../../shared/strings';
import { folderName } from './folder-name';

const t = strings.watch;

/** Where one watch folder stands, in a few words (a failure in its own sentence). */
function StateLine({ status }: { status: WatchStatus | undefined }) {
  if (!status || status.state === 'off') return <span className="watch-state">{t.stateOff}</span>;
  if (status.state === 'failed')
    return (
      <p className="test-result bad" role="alert">
        {status.message}
      </p>
    );
  return <span className="watch-state on">{t.stateWatching(status.added)}</span>;
}

/** One watch folder: its path and state, on or off, where its files go, and Remove. */
function WatchEntry({ entry, status }: { entry: WatchFolder; status: WatchStatus | undefined }) {
  const [folder, setFolder] = useState(entry.folder);
  const [tags, setTags] = useState(entry.tags.join(', '));
  const saving = useSettings((s) => s.saving);
  // The box shows a click at once; main's answer (the settings view) takes over when it comes,
  // and a change main refused puts the box back.
  const [switching, setSwitching] = useState<boolean | null>(null);
  const toggle = (on: boolean) => {
    setSwitching(on);
    void updateWatchFolder(entry.path, { enabled: on }).finally(() => setSwitching(null));
  };
  const name = folderName(entry.path);
  const changed = folder !== entry.folder || tags !== entry.tags.join(', ');
  return (
    <li className="watch-entry" data-testid="watch-entry">
      <fieldset className="watch-fields">
        <legend className="watch-head">{name}</legend>
        <p className="hint mono watch-path" title={entry.path}>
          {entry.path}
        </p>
        <div className="watch-line">
          <Checkbox checked={switching ?? entry.enabled} disabled={saving} onChange={toggle}>
            {t.on}
          </Checkbox>
          <StateLine status={status} />
        </div>
        <TextField label={t.destination} value={folder} onChange={setFolder} spellCheck={false} />
        <TextField label={t.tags} value={tags} onChange={setTags} />
        <div className="section-actions">
          <button
            type="button"
            className="button small primary"
            disabled={saving || !changed}
            onClick={() => void updateWatchFolder(entry.path, { folder, tags: parseTags(tags) })}
          >
            {t.save}
          </button>
          <button
            type="button"
            className="button small"
            disabled={saving}
            aria-label={t.removeLabel(name)}
            onClick={() => void removeWatchFolder(entry.path)}
          >
            {t.remove}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

/** Settings → Watch folders: folders whose new images upload on their own. */
export function WatchSection({ view }: { view: SettingsView }) {
  const saving = useSettings((s) => s.saving);
  const folders = view.watch.folders;
  return (
    <section className="section" aria-labelledby="watch-title">
      <h3 id="watch-title">{t.section}</h3>
      <p className="hint">{t.intro}</p>
      {folders.length === 0 ? (
        <p className="hint">{t.none}</p>
      ) : (
        <ul className="watch-list">
          {folders.map((entry) => (
            // Keyed by what main saved, so the boxes start afresh from it after a change.
            <WatchEntry
              key={`${entry.path}\n${entry.folder}\n${entry.tags.join(',')}`}
              entry={entry}
              status={view.watchStatus.find((s) => s.path === entry.path)}
            />
          ))}
        </ul>
      )}
      <div className="section-actions">
        <button
          type="button"
          className="button"
          disabled={saving}
          onClick={() => void addWatchFolder()}
        >
          {t.add}
        </button>
      </div>
    </section>
  );
}
