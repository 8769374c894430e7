import { useEffect } from 'react';
import { openSettings, useUi } from '../../store/ui';
import { useSettings } from '../../store/settings';
import { ConnectionSection } from './ConnectionSection';
import { UploadSection } from './UploadSection';
import { NamingSection } from './NamingSection';
import { PresetsSection } from './PresetsSection';
import { IntegrationsSection } from './IntegrationsSection';
import { strings } from '../../../../shared/strings';

/** Settings slide in over the list, so the batch stays in view behind them. */
export function SettingsDrawer() {
  const open = useUi((s) => s.settingsOpen);
  const view = useSettings((s) => s.view);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') openSettings(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  if (!open || !view) return null;
  return (
    <div className="drawer-backdrop" onClick={() => openSettings(false)}>
      <aside
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-label={strings.settings.title}
        onClick={(e) => e.stopPropagation()}
      >
        <header className="drawer-header">
          <h2>{strings.settings.title}</h2>
          <button
            type="button"
            className="icon-button"
            aria-label={strings.settings.close}
            onClick={() => openSettings(false)}
          >
            ×
          </button>
        </header>
        <div className="drawer-body">
          <ConnectionSection view={view} />
          <UploadSection view={view} />
          <NamingSection view={view} />
          <PresetsSection view={view} />
          <IntegrationsSection view={view} />
        </div>
      </aside>
    </div>
  );
}
