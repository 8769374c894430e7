import { pick } from '../../store/actions';
import { useSettings } from '../../store/settings';
import { acceptedFormatsText } from '../../../../shared/formats';
import { formatBytes, formatName } from '../../lib/format';
import { UploadIcon } from './UploadIcon';

/** What an empty window says: how to start, and what will happen to the files. */
export function EmptyState() {
  const presets = useSettings((s) => s.view?.presets);
  return (
    <div className="empty" data-testid="empty-state">
      <div className="empty-card">
        <div className="empty-icon">
          <UploadIcon />
        </div>
        <h2>Drop images or folders here</h2>
        <p className="muted">{acceptedFormatsText('and')}, as many as you like.</p>
        {presets && (
          <p className="muted">
            Each becomes a {formatName(presets.main.format)} main image (up to{' '}
            {presets.main.maxSide} px, {formatBytes(presets.main.maxBytes)}) and a{' '}
            {formatName(presets.thumb.format)} thumbnail ({presets.thumb.maxSide} px,{' '}
            {formatBytes(presets.thumb.maxBytes)}), then both are uploaded.
          </p>
        )}
        <div className="empty-actions">
          <button type="button" className="button primary" onClick={() => void pick('files')}>
            Choose images…
          </button>
          <button type="button" className="button" onClick={() => void pick('folder')}>
            Choose a folder…
          </button>
        </div>
      </div>
    </div>
  );
}
