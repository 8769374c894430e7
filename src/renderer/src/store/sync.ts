import type { MenuCommand } from '../../../shared/menu';
import { uploader } from '../bridge';
import { applyUpdate, useJobs } from './jobs/state';
import { applyWatchStatus, loadSettings } from './settings/actions';
import { recordSummary } from './jobs/eta';

/**
 * The one subscription to job updates: pushed updates go into the store; a missed update
 * triggers a full snapshot. Returns the unsubscribe function.
 */
export function startSync(): () => void {
  let resyncing: Promise<void> | null = null;
  let newestSeen = 0;
  const resync = (): Promise<void> =>
    (resyncing ??= uploader
      .getJobs()
      .then((snapshot) => {
        applyUpdate(snapshot);
        resyncing = null;
        // An update skipped while the snapshot was on its way is newer than what we hold.
        if (newestSeen > useJobs.getState().seq) void resync();
      })
      .catch(() => {
        resyncing = null;
      }));
  const unsubscribe = uploader.onJobs((update) => {
    newestSeen = Math.max(newestSeen, update.seq);
    if (applyUpdate(update) === 'gap') void resync();
    recordSummary(useJobs.getState().summary);
  });
  const unwatch = uploader.onWatch(applyWatchStatus);
  void resync();
  void loadSettings();
  return () => {
    unsubscribe();
    unwatch();
  };
}

/** Listen to the application menu's commands; answers the function that stops listening. */
export function listenToMenu(run: (command: MenuCommand) => void): () => void {
  return uploader.onMenu(run);
}
