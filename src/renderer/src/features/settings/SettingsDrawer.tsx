import { useUi } from '../../store/ui/state';
import { openSettings } from '../../store/ui/actions';
import { useSettings } from '../../store/settings/state';
import { ConnectionSection } from './ConnectionSection';
import { TestServerNote } from '../test-server/TestServerNote';
import { UploadSection } from './UploadSection';
import { NamingSection } from './NamingSection';
import { PresetsSection } from './PresetsSection';
import { IntegrationsSection } from './IntegrationsSection';
import { WatchSection } from '../watch/WatchSection';
import { TeamCheckSection } from '../team/TeamCheckSection';
import { Modal } from '../../components/Modal';
import { strings } from '../../../../shared/strings';

/** Settings slide in over the list, so the batch stays in view behind them. */
export function SettingsDrawer() {
  const open = useUi((s) => s.settingsOpen);
  const view = useSettings((s) => s.view);
  if (!open || !view) return null;
  return (
    <Modal
      backdrop="drawer-backdrop"
      className="drawer"
      label={strings.settings.title}
      onClose={() => openSettings(false)}
      closeOnBackdrop
    >
      {/* A div: a <header> here would be a second banner landmark. */}
      <div className="drawer-header">
        <h2>{strings.settings.title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={strings.settings.close}
          onClick={() => openSettings(false)}
        >
          ×
        </button>
      </div>
      <div className="drawer-body">
        {view.testServerStatus.state === 'running' ? (
          <TestServerNote status={view.testServerStatus} />
        ) : (
          // Keyed by the address, so the form starts from what the test server's switch left.
          <ConnectionSection key={view.connection.uploadUrl} view={view} />
        )}
        <TeamCheckSection view={view} />
        <UploadSection view={view} />
        <NamingSection view={view} />
        <PresetsSection view={view} />
        <WatchSection view={view} />
        <IntegrationsSection view={view} />
      </div>
    </Modal>
  );
}
