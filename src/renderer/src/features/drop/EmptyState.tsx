import { pick } from '../../store/jobs/actions';
import { useSettings } from '../../store/settings/state';
import { acceptedFormatsText } from '../../../../shared/formats';
import { formatBytes, formatName } from '../../lib/format';
import { UploadIcon } from './UploadIcon';
import { TestServerOffer } from '../test-server/TestServerOffer';
import { strings } from '../../../../shared/strings';

const t = strings.empty;

/** What an empty window says: how to start, and what will happen to the files. */
export function EmptyState() {
  const presets = useSettings((s) => s.view?.presets);
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-card">
        <div className="empty-icon">
          <UploadIcon />
        </div>
        <h2>{t.title}</h2>
        <p className="muted">{t.formats(acceptedFormatsText('and'))}</p>
        {presets && (
          <p className="muted">
            {t.presets({
              mainFormat: formatName(presets.main.format),
              mainSide: presets.main.maxSide,
              mainBytes: formatBytes(presets.main.maxBytes),
              thumbFormat: formatName(presets.thumb.format),
              thumbSide: presets.thumb.maxSide,
              thumbBytes: formatBytes(presets.thumb.maxBytes),
            })}
          </p>
        )}
        <div className="empty-actions">
          <button type="button" className="button primary" onClick={() => void pick('files')}>
            {t.chooseImages}
          </button>
          <button type="button" className="button" onClick={() => void pick('folder')}>
            {t.chooseFolder}
          </button>
        </div>
        <TestServerOffer />
      </div>
    </div>
  );
}
