import { strings } from '../../../../shared/strings';

/** The folders of recent batches, one click (or Tab and Space) to reuse. */
export function RecentFolders({
  folders,
  current,
  onPick,
}: {
  readonly folders: readonly string[];
  readonly current: string;
  readonly onPick: (folder: string) => void;
}) {
  if (folders.length === 0) return null;
  return (
    <div
      className="recent-folders"
      role="group"
      aria-label={strings.dialogs.destination.recentLabel}
    >
      <span className="hint">{strings.dialogs.destination.recent}</span>
      {folders.map((f) => (
        <button
          key={f}
          type="button"
          className="chip"
          aria-pressed={f === current}
          onClick={() => onPick(f)}
        >
          {f}
        </button>
      ))}
    </div>
  );
}
