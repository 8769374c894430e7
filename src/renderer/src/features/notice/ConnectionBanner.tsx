import { isViewReady } from '../../../../shared/connection';
import { useJobs } from '../../store/jobs/state';
import { useSettings } from '../../store/settings/state';
import { openSettings } from '../../store/ui/actions';
import { startUploads } from '../../store/jobs/actions';
import { strings } from '../../../../shared/strings';

const t = strings.banners;

/** Says why processed files are waiting, and what to do about it. */
export function ConnectionBanner() {
  const view = useSettings((s) => s.view);
  const ready = useJobs((s) => s.summary.counts.ready);
  if (!view) return null;
  if (!isViewReady(view)) {
    return (
      <div className="banner" role="status">
        <span>
          <strong>{t.connect}</strong> {ready > 0 ? t.processedWaiting(ready) : t.addNow}
        </span>
        <button type="button" className="button small" onClick={() => openSettings(true)}>
          {t.openSettings}
        </button>
      </div>
    );
  }
  if (!view.upload.autoUpload && ready > 0) {
    return (
      <div className="banner" role="status">
        <span>
          <strong>{t.readyToUpload(ready)}</strong> {t.autoUploadOff}
        </span>
        <button type="button" className="button small primary" onClick={() => void startUploads()}>
          {t.upload(ready)}
        </button>
      </div>
    );
  }
  return null;
}
