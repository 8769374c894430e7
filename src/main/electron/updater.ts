import { app, dialog, type BrowserWindow } from 'electron';
import type { AppUpdater } from 'electron-updater';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { restartDecision, updateSource } from '../core/shell/updates';
import { strings } from '../../shared/strings';

/**
 * Checks for an update on start and downloads it in the background. "Restart to update" is
 * offered once it is ready and no batch is running; otherwise it installs on the next quit.
 * Returns the function that tells it whether a batch is running.
 */
export function setupUpdates(
  win: BrowserWindow,
  log: (line: string) => void,
): (active: boolean) => void {
  const source = updateSource({
    packaged: app.isPackaged,
    envUrl: process.env.UPDATE_URL,
    builtInFeed: existsSync(join(process.resourcesPath, 'app-update.yml')),
  });
  if (source.kind === 'off') {
    log(`updates off: ${source.reason}`);
    return () => undefined;
  }
  let batchActive = false;
  let consider: () => void = () => undefined;
  // Loaded only when updates are on. It is CommonJS and builds the platform's updater on access.
  import('electron-updater').then(
    ({ default: updater }) => {
      consider = watchUpdates(updater.autoUpdater, source, win, log, () => batchActive);
    },
    (err: unknown) => log(`updates off: electron-updater did not load (${String(err)})`),
  );
  return (active) => {
    batchActive = active;
    consider();
  };
}

/** Starts the check and returns the function that re-evaluates the restart offer. */
function watchUpdates(
  autoUpdater: AppUpdater,
  source: { kind: 'url'; url: string } | { kind: 'built-in' },
  win: BrowserWindow,
  log: (line: string) => void,
  isBatchActive: () => boolean,
): () => void {
  autoUpdater.autoDownload = true;
  autoUpdater.autoInstallOnAppQuit = true;
  autoUpdater.logger = null;
  if (source.kind === 'url') autoUpdater.setFeedURL({ provider: 'generic', url: source.url });

  let downloaded: string | null = null;
  let offered = false;
  const facts = () => ({
    downloadedVersion: downloaded,
    batchActive: isBatchActive(),
    alreadyOffered: offered,
  });

  const offer = async (): Promise<void> => {
    offered = true;
    const { response } = await dialog.showMessageBox(win, {
      type: 'info',
      buttons: [strings.updates.restart, strings.updates.later],
      defaultId: 0,
      cancelId: 1,
      message: strings.updates.ready(downloaded ?? ''),
      detail: strings.updates.detail,
    });
    if (response !== 0) return;
    // A batch may have started while the question was on screen: never cut it short.
    if (restartDecision({ ...facts(), alreadyOffered: false }) === 'offer') {
      autoUpdater.quitAndInstall();
    } else {
      offered = false;
    }
  };
  const consider = (): void => {
    if (win.isDestroyed() || restartDecision(facts()) !== 'offer') return;
    void offer();
  };

  autoUpdater.on('update-downloaded', (info) => {
    downloaded = info.version;
    log(`update ${info.version} downloaded`);
    consider();
  });
  autoUpdater.on('error', (err: Error) => log(`update check failed: ${err.message}`));
  autoUpdater.checkForUpdates().catch((err: unknown) => {
    log(`update check failed: ${err instanceof Error ? err.message : String(err)}`);
  });
  return consider;
}
