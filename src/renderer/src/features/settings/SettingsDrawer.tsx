import { useEffect } from 'react';
import { openSettings, useUi } from '../../store/ui';
import { useSettings } from '../../store/settings';
import { ConnectionSection } from './ConnectionSection';
import { UploadSection } from './UploadSection';
import { NamingSection } from './NamingSection';
import { PresetsSection } from './PresetsSection';
import { IntegrationsSection } from './IntegrationsSection';

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
      {/* A div: <aside> may not take the dialog role, and a <header> here would be a second banner. */}
      <div
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-label="Settings"
        onClick={(e) => e.stopPropagation()}
      >
        <div className="drawer-header">
          <h2>Settings</h2>
          <button
            type="button"
            className="icon-button"
            aria-label="Close settings"
            onClick={() => openSettings(false)}
          >
            ×
          </button>
        </div>
        <div className="drawer-body">
          <ConnectionSection view={view} />
          <UploadSection view={view} />
          <NamingSection view={view} />
          <PresetsSection view={view} />
          <IntegrationsSection view={view} />
        </div>
      </div>
    </div>
  );
}
