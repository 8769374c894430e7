import { useSettings } from '../../store/settings/state';
import { answerWatchOffer } from '../../store/settings/actions';
import { strings } from '../../../../shared/strings';
import { folderName } from './folder-name';

const t = strings.watch;

/** "37 images were already in Exports when watching started": upload them, or leave them. */
export function WatchOffers() {
  const offers = useSettings((s) => s.view?.watchStatus);
  if (!offers) return null;
  return (
    <>
      {offers.map((w) =>
        w.state === 'watching' && w.waiting > 0 ? (
          <div className="banner" role="status" key={w.path} data-testid="watch-offer">
            <span title={w.path}>
              <strong>{t.offer(w.waiting, folderName(w.path))}</strong>
            </span>
            <span className="section-actions">
              <button
                type="button"
                className="button small primary"
                onClick={() => void answerWatchOffer(w.path, true)}
              >
                {t.uploadThem}
              </button>
              <button
                type="button"
                className="button small"
                onClick={() => void answerWatchOffer(w.path, false)}
              >
                {t.leaveThem}
              </button>
            </span>
          </div>
        ) : null,
      )}
    </>
  );
}
