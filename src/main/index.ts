import { app, BrowserWindow } from 'electron';
// The images barrel is the main-process side only; sharp loads in images/worker/, in the worker.
import { ImagePool } from './core/images';
import { createUploader } from './core/imagekit';
import { UploadService } from './core/service';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import type { StateStore } from './core/state/state-store';
import { openAppState } from './electron/app-state';
import { quitQuestion } from './core/quit';
import { setupContentSecurityPolicy } from './electron/csp';
import { pickPaths, saveFile, showWarning } from './electron/dialogs';
import { readClipboardFiles, readClipboardImage } from './electron/clipboard';
import { utilityWorkerLauncher } from './electron/image-worker-host';
import { setupIpc } from './electron/ipc';
import { setupContextMenu, setupMenu } from './electron/menu';
import { setupProgress } from './electron/progress';
import { setupQuitGuard } from './electron/quit-guard';
import { createSecretStore } from './electron/secrets';
import { openExternal, setupSecurity } from './electron/security';
import { createSettingsStore } from './electron/settings-store';
import { setupUpdates } from './electron/updater';
import { createMainWindow, isTrustedUrl, rendererDir } from './electron/window';

// Messages never include the private key or file contents; paths are fine.
const log = (line: string): void => console.log(`[uploader] ${line}`);

let state: StateStore | null = null;

function start(): void {
  setupSecurity(isTrustedUrl);
  serveRenderer(rendererDir);
  // Images may come from the URL endpoint only; the page asks for it once the service exists.
  let urlEndpoint = async (): Promise<string> => '';
  setupContentSecurityPolicy(isTrustedUrl, () => urlEndpoint());
  const win = createMainWindow();
  state = openAppState(app.getPath('userData'), log, (sentence) => showWarning(win, sentence));
  const service = new UploadService({
    images: new ImagePool({ launcher: utilityWorkerLauncher() }),
    settingsStore: createSettingsStore(),
    secrets: createSecretStore(),
    platform: {
      pickPaths: (kind) => pickPaths(win, kind),
      openExternal,
      saveFile: (name, contents) => saveFile(win, name, contents),
      readClipboardFiles,
      readClipboardImage,
    },
    uploaderFactory: createUploader,
    log,
    history: state.history,
    journal: state.journal('app'),
  });
  urlEndpoint = async () => (await service.getSettings()).connection.urlEndpoint;
  // The local upload server listens only when the user turned it on in Settings.
  void service.startIntegrations();
  const teardownIpc = setupIpc(service, win, isTrustedUrl, log);
  setupMenu(win, app.name, openExternal, log);
  setupContextMenu(win);
  const showProgress = setupProgress(win);
  const batchRunning = setupUpdates(win, log);
  service.onJobs((update) => {
    showProgress(update.summary);
    batchRunning(update.summary.active);
  });
  win.on('closed', teardownIpc);
  setupQuitGuard(win, {
    question: async () => {
      const [{ summary }, settings] = await Promise.all([service.getJobs(), service.getSettings()]);
      return quitQuestion(summary, settings.upload.autoUpload);
    },
    // The journal is written before anything stops, so unfinished files continue next time.
    shutdown: () => service.close().finally(() => state?.close()),
    log,
  });
}

// The scheme's privileges can only be granted before the app is ready.
registerAppScheme();

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
}
