import { useUi } from '../../store/ui/state';
import { openShortcuts } from '../../store/ui/actions';
import { Modal } from '../../components/Modal';
import { strings } from '../../../../shared/strings';
import { SHORTCUT_GROUPS, keyLabel } from './shortcuts';
import '../../styles/shortcuts.css';

const t = strings.shortcuts;

/** Help → Keyboard Shortcuts (or ?): every key the app answers to. */
export function ShortcutsDialog() {
  const open = useUi((s) => s.shortcutsOpen);
  if (!open) return null;
  const mac = navigator.platform.startsWith('Mac');
  const close = (): void => openShortcuts(false);
  return (
    <Modal
      backdrop="shortcuts-backdrop"
      className="shortcuts"
      labelledBy="shortcuts-title"
      onClose={close}
      closeOnBackdrop
    >
      <div className="shortcuts-head">
        <h2 id="shortcuts-title">{t.title}</h2>
        <button type="button" className="button small" onClick={close}>
          {t.close}
        </button>
      </div>
      <div className="shortcuts-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title}>
            <h3>{group.title}</h3>
            <dl>
              {group.shortcuts.map((s) => (
                <div key={s.does} className="shortcut">
                  <dt>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="muted"> {t.or} </span>}
                        <kbd>{keyLabel(k, mac)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{s.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Modal>
  );
}
