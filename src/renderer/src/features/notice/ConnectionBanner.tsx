import { isViewReady } from '../../../../shared/connection';
import { useJobs } from '../../store/jobs';
import { useSettings } from '../../store/settings';
import { openSettings } from '../../store/ui';
import { startUploads } from '../../store/actions';

/** Says why processed files are waiting, and what to do about it. */
export function ConnectionBanner() {
  const view = useSettings((s) => s.view);
  const ready = useJobs((s) => s.summary.counts.ready);
  if (!view) return null;
  if (!isViewReady(view)) {
    return (
      <div className="banner" role="status">
        <span>
          <strong>Connect to ImageKit to upload.</strong>{' '}
          {ready > 0
            ? `${ready} ${ready === 1 ? 'image is' : 'images are'} processed and waiting.`
            : 'You can add images now; they are prepared while you set up.'}
        </span>
        <button type="button" className="button small" onClick={() => openSettings(true)}>
          Open settings
        </button>
      </div>
    );
  }
  if (!view.upload.autoUpload && ready > 0) {
    return (
      <div className="banner" role="status">
        <span>
          <strong>{ready} ready to upload.</strong> Automatic upload is off.
        </span>
        <button type="button" className="button small primary" onClick={() => void startUploads()}>
          Upload {ready}
        </button>
      </div>
    );
  }
  return null;
}
