import { useSettings } from '../../store/settings/state';
import { openSettings } from '../../store/ui/actions';
import { strings } from '../../../../shared/strings';
import '../../styles/test-server.css';

const t = strings.testServer;

/** While the local test server is in use, says so above the list: nothing leaves the computer. */
export function TestServerBanner() {
  const status = useSettings((s) => s.view?.testServerStatus);
  if (status?.state !== 'running') return null;
  return (
    <div className="banner test-server" role="status" data-testid="test-server-banner">
      <span title={t.folder(status.folder)}>
        <strong>{t.running}</strong> {t.runningWhere(status.address)}
      </span>
      <button type="button" className="button small" onClick={() => openSettings(true)}>
        {t.connect}
      </button>
    </div>
  );
}
