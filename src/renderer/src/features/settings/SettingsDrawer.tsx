import { useEffect, useRef } from 'react';
import { openSettings, useUi } from '../../store/ui';
import { useSettings } from '../../store/settings';
import type { SettingsView } from '../../../../shared/settings';
import { ConnectionSection } from './ConnectionSection';
import { UploadSection } from './UploadSection';
import { NamingSection } from './NamingSection';
import { PresetsSection } from './PresetsSection';
import { IntegrationsSection } from './IntegrationsSection';
import { useModalFocus } from '../useModalFocus';

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
  return <Drawer view={view} />;
}

function Drawer({ view }: { view: SettingsView }) {
  const drawer = useRef<HTMLElement>(null);
  useModalFocus(drawer);
  return (
    <div className="drawer-backdrop" onClick={() => openSettings(false)}>
      <aside
        ref={drawer}
        className="drawer"
        role="dialog"
        aria-modal="true"
        aria-label="Settings"
        onClick={(e) => e.stopPropagation()}
      >
        <header className="drawer-header">
          <h2>Settings</h2>
          <button
            type="button"
            className="icon-button"
            aria-label="Close settings"
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
