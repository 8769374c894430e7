import { app, BrowserWindow } from 'electron';
// Deep imports on purpose: the images barrel also exports the sharp-based code, which must
// only ever load in the worker process (see test/unit/main/process-boundary.test.ts).
import { ImagePool } from './core/images/pool';
import { createUploader } from './core/imagekit';
import { UploadService } from './core/service';
import type { StateStore } from './core/state/state-store';
import { openAppState } from './electron/app-state';
import { pickPaths } from './electron/dialogs';
import { utilityWorkerLauncher } from './electron/image-worker-host';
import { setupIpc } from './electron/ipc';
import { setupProgress } from './electron/progress';
import { createSecretStore } from './electron/secrets';
import { openExternal, setupSecurity } from './electron/security';
import { createSettingsStore } from './electron/settings-store';
import { createMainWindow, isTrustedUrl } from './electron/window';

// Messages never include the private key or file contents; paths are fine.
const log = (line: string): void => console.log(`[uploader] ${line}`);

let service: UploadService | null = null;
let state: StateStore | null = null;

function start(): void {
  setupSecurity(isTrustedUrl);
  const win = createMainWindow();
  state = openAppState(app.getPath('userData'), log);
  service = new UploadService({
    images: new ImagePool({ launcher: utilityWorkerLauncher() }),
    settingsStore: createSettingsStore(),
    secrets: createSecretStore(),
    platform: { pickPaths: (kind) => pickPaths(win, kind), openExternal },
    uploaderFactory: createUploader,
    log,
    history: state.history,
    journal: state.journal('app'),
  });
  const teardownIpc = setupIpc(service, win, isTrustedUrl, log);
  const showProgress = setupProgress(win);
  service.onJobs((update) => showProgress(update.summary));
  win.on('closed', teardownIpc);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.whenReady().then(start, (err: unknown) => {
    log(`start-up failed: ${String(err)}`);
    app.exit(1);
  });
  // One window, one batch: closing it ends the app on every platform, so no upload runs unseen.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    // The journal is written before anything stops, so unfinished files continue next time.
    void service?.close().finally(() => state?.close());
  });
}
