import { useUi } from '../../store/ui/state';
import { dismissNotice } from '../../store/ui/actions';
import { strings } from '../../../../shared/strings';

/** Short-lived messages at the bottom of the window. */
export function Notices() {
  const notices = useUi((s) => s.notices);
  return (
    <div className="notices" aria-live="polite">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice ${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
        >
          <span>{n.text}</span>
          <button
            type="button"
            className="icon-button"
            aria-label={strings.notices.dismiss}
            onClick={() => dismissNotice(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
