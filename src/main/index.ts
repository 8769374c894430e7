import { app, BrowserWindow } from 'electron';
// Deep imports on purpose: the images barrel also exports the sharp-based code, which must
// only ever load in the worker process (see test/unit/main/process-boundary.test.ts).
import { ImagePool } from './core/images/pool';
import { createUploader } from './core/imagekit';
import { UploadService } from './core/service';
import { setupContentSecurityPolicy } from './electron/csp';
import { pickPaths, saveFile } from './electron/dialogs';
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

function start(): void {
  setupSecurity(isTrustedUrl);
  setupContentSecurityPolicy(isTrustedUrl, async () =>
    service ? (await service.getSettings()).connection.urlEndpoint : '',
  );
  const win = createMainWindow();
  service = new UploadService({
    images: new ImagePool({ launcher: utilityWorkerLauncher() }),
    settingsStore: createSettingsStore(),
    secrets: createSecretStore(),
    platform: {
      pickPaths: (kind) => pickPaths(win, kind),
      openExternal,
      saveFile: (name, contents) => saveFile(win, name, contents),
    },
    uploaderFactory: createUploader,
    log,
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
    void service?.close();
  });
}
