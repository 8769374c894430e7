import type { KeyboardEvent } from 'react';
import { useUi, type MainView } from '../../store/ui/state';
import { showView } from '../../store/ui/actions';
import { strings } from '../../../../shared/strings';

const VIEWS: ReadonlyArray<{ key: MainView; label: string }> = [
  { key: 'uploads', label: strings.views.uploads },
  { key: 'history', label: strings.views.history },
  { key: 'library', label: strings.views.library },
];

/** Arrow keys move between the tabs, as in any tab list. */
function onArrow(event: KeyboardEvent<HTMLDivElement>, view: MainView): void {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  event.preventDefault();
  const at = VIEWS.findIndex((v) => v.key === view);
  const next = VIEWS[(at + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
  if (!next) return;
  showView(next.key);
  document.getElementById(`view-tab-${next.key}`)?.focus();
}

/** Switch between this session's uploads, the history of every upload and the ImageKit folder. */
export function ViewSwitch() {
  const view = useUi((s) => s.view);
  return (
    <div
      className="view-switch"
      role="tablist"
      aria-label={strings.views.label}
      onKeyDown={(e) => onArrow(e, view)}
    >
      {VIEWS.map((v) => (
        <button
          key={v.key}
          type="button"
          role="tab"
          id={`view-tab-${v.key}`}
          aria-selected={view === v.key}
          aria-controls="main-view"
          tabIndex={view === v.key ? 0 : -1}
          className={`view-tab ${view === v.key ? 'selected' : ''}`}
          onClick={() => showView(v.key)}
        >
          {v.label}
        </button>
      ))}
    </div>
  );
}
