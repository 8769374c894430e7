import { useJobs } from '../../store/jobs';

/** The banner's sentence; singular and plural read naturally. */
export function offlineMessage(waiting: number): string {
  return waiting === 1
    ? '1 file waiting; it continues when the connection is back.'
    : `${waiting} files waiting; they continue when the connection is back.`;
}

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
          <strong>Offline:</strong> {offlineMessage(offline.waiting)}
        </span>
      </span>
      <span className="banner-note">Checking the connection every few seconds</span>
    </div>
  );
}
