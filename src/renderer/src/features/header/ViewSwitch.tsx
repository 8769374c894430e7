import { showView, useUi, type MainView } from '../../store/ui';

const VIEWS: ReadonlyArray<{ key: MainView; label: string }> = [
  { key: 'uploads', label: 'Uploads' },
  { key: 'history', label: 'History' },
];

/** Switch between this session's uploads and the history of every upload. */
export function ViewSwitch() {
  const view = useUi((s) => s.view);
  return (
    <div className="view-switch" role="tablist" aria-label="View">
      {VIEWS.map((v) => (
        <button
          key={v.key}
          type="button"
          role="tab"
          id={`view-tab-${v.key}`}
          aria-selected={view === v.key}
          aria-controls="main-view"
          className={`view-tab ${view === v.key ? 'selected' : ''}`}
          onClick={() => showView(v.key)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
