import { isViewReady } from '../../../../shared/connection';
import { useSettings } from '../../store/settings/state';
import { switchTestServer } from '../../store/settings/actions';
import { strings } from '../../../../shared/strings';
import '../../styles/test-server.css';

const t = strings.testServer;

/**
 * The first-run offer, while no ImageKit account is set up: try the app against a server it
 * runs itself, on this computer, with nothing leaving it.
 */
export function TestServerOffer() {
  const view = useSettings((s) => s.view);
  const switching = useSettings((s) => s.switchingTestServer);
  if (!view || isViewReady(view) || view.testServerStatus.state === 'running') return null;
  const status = view.testServerStatus;
  return (
    <div className="test-server-offer" data-testid="test-server-offer">
      <h3>{t.offerTitle}</h3>
      <p className="muted">{t.offerHint}</p>
      <button
        type="button"
        className="button"
        disabled={switching}
        onClick={() => void switchTestServer(true)}
      >
        {switching ? t.starting : t.offer}
      </button>
      {status.state === 'failed' && (
        <p className="row-error" role="alert">
          {status.message}
        </p>
      )}
    </div>
  );
}
