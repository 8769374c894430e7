import { isViewReady } from '../../../../shared/connection';
import { useJobs } from '../../store/jobs';
import { useSettings } from '../../store/settings';
import { openSettings } from '../../store/ui';
import { startUploads } from '../../store/actions';
import { strings } from '../../../../shared/strings';

const s = strings.banners;

/** Says why processed files are waiting, and what to do about it. */
export function ConnectionBanner() {
  const view = useSettings((s) => s.view);
  const ready = useJobs((s) => s.summary.counts.ready);
  if (!view) return null;
  if (!isViewReady(view)) {
    return (
      <div className="banner" role="status">
        <span>
          <strong>{s.connect}</strong> {ready > 0 ? s.processedWaiting(ready) : s.addNow}
        </span>
        <button type="button" className="button small" onClick={() => openSettings(true)}>
          {s.openSettings}
        </button>
      </div>
    );
  }
  if (!view.upload.autoUpload && ready > 0) {
    return (
      <div className="banner" role="status">
        <span>
          <strong>{s.readyToUpload(ready)}</strong> {s.autoUploadOff}
        </span>
        <button type="button" className="button small primary" onClick={() => void startUploads()}>
          {s.upload(ready)}
        </button>
      </div>
    );
  }
  return null;
}
