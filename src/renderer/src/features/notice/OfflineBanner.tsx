import { useJobs } from '../../store/jobs/state';
import { strings } from '../../../../shared/strings';

const t = strings.banners;

/** Says that ImageKit cannot be reached and that nothing is lost: uploads resume by themselves. */
export function OfflineBanner() {
  const offline = useJobs((s) => s.summary.offline);
  if (!offline) return null;
  return (
    <div className="banner offline" role="status" data-testid="offline-banner">
      <span className="banner-text">
        <svg className="banner-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
          <path
            d="M2 8.5a15 15 0 0 1 20 0M5.5 12a10 10 0 0 1 13 0M9 15.5a5 5 0 0 1 6 0M12 19h.01M3 3l18 18"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        </svg>
        <span>
          <strong>{t.offline}</strong> {t.offlineWaiting(offline.waiting)}
        </span>
      </span>
      <span className="banner-note">{t.checking}</span>
    </div>
  );
}
