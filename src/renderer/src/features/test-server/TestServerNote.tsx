import type { TestServerStatus } from '../../../../shared/test-server';
import { useSettings } from '../../store/settings/state';
import { switchTestServer } from '../../store/settings/actions';
import { strings } from '../../../../shared/strings';
import '../../styles/test-server.css';

const t = strings.testServer;

/** In Settings, the connection section while the local test server is in use. */
export function TestServerNote({
  status,
}: {
  status: Extract<TestServerStatus, { state: 'running' }>;
}) {
  const switching = useSettings((s) => s.switchingTestServer);
  return (
    <section className="section" aria-labelledby="connection-title">
      <h3 id="connection-title">{strings.connection.title}</h3>
      <div className="test-server-note" data-testid="test-server-note">
        <p>{t.inSettings}</p>
        <p className="muted">{t.where(status.address, status.folder)}</p>
        <button
          type="button"
          className="button"
          disabled={switching}
          onClick={() => void switchTestServer(false)}
        >
          {t.stop}
        </button>
      </div>
    </section>
  );
}
