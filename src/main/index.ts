import { join } from 'node:path';
import { app, BrowserWindow } from 'electron';
// The images barrel is the main-process side only; sharp loads in images/worker/, in the worker.
import { ImagePool } from './core/images';
import { createUploader } from './core/imagekit';
import { createService } from './core/service/create-service';
import { DOWNLOADS_FOLDER } from './core/links/downloads-folder';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import type { StateStore } from './core/persistence/state-store';
import { openAppState } from './electron/app-state';
import { quitQuestion } from './core/shell/quit';
import { rendererCsp } from './core/shell/csp';
import {
  handedOverFiles,
  pathsFromArgv,
  startupFailure,
  type HandOver,
} from './core/shell/startup';
import { APP_ID } from '../shared/app-name';
import { testServerHost } from '../emulator/embedded';
import { strings } from '../shared/strings';
import { pickPaths, saveFile, showFatal, showWarning } from './electron/dialogs';
import { readClipboardFiles, readClipboardImage } from './electron/clipboard';
import { utilityWorkerLauncher } from './electron/image-worker-host';
import { setupIpc } from './electron/ipc';
import { setupContextMenu, setupMenu } from './electron/menu';
import { setupProgress, setupWatchNotices } from './electron/progress';
import { setupQuitGuard } from './electron/quit-guard';
import { createSecretStores } from './electron/secrets';
import { openExternal, setupSecurity } from './electron/security';
import { createSettingsStore } from './electron/settings-store';
import { setupUpdates } from './electron/updater';
import { createMainWindow, isTrustedUrl, rendererDir, rendererUrl } from './electron/window';

// Messages never include the private key or file contents; paths are fine.
const log = (line: string): void => console.log(`[uploader] ${line}`);

let state: StateStore | null = null;
/** Files handed over before the service exists (a second start during ours). */
let addFiles: (paths: readonly string[]) => void = () => undefined;

function start(): void {
  const win = createMainWindow();
  setupSecurity(isTrustedUrl, (contents) => !win.isDestroyed() && contents === win.webContents);
  // Images may come from the URL endpoint only; the policy is computed from settings per load.
  let urlEndpoint = async (): Promise<string> => '';
  serveRenderer(rendererDir, async () => rendererCsp(await urlEndpoint().catch(() => '')));
  const warn = (sentence: string): void => {
    log(sentence);
    showWarning(win, sentence);
  };
  const settingsMovedAside = (file: string, movedTo: string): void =>
    warn(strings.startup.settingsMovedAside(file, movedTo));
  state = openAppState(app.getPath('userData'), log, (sentence) => showWarning(win, sentence));
  const secrets = createSecretStores(settingsMovedAside);
  const service = createService({
    images: new ImagePool({ launcher: utilityWorkerLauncher() }),
    settingsStore: createSettingsStore(settingsMovedAside),
    secrets: secrets.privateKey,
    serverKeySecrets: secrets.serverKey,
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
    // "Try it with a local test server": the emulator, inside this process, its files kept here.
    testServer: testServerHost(join(app.getPath('userData'), 'test-server')),
    spillDir: join(app.getPath('userData'), 'spill'),
    watchMemory: state,
    downloadsDir: join(app.getPath('userData'), DOWNLOADS_FOLDER),
  });
  urlEndpoint = async () => (await service.getSettings()).connection.urlEndpoint;
  // Files named on the command line, or handed over by a second start, go to the Settings folder.
  addFiles = (paths) => {
    if (paths.length === 0) return;
    service
      .addPaths(paths)
      .catch((err: unknown) => log(`adding opened files failed: ${String(err)}`));
  };
  addFiles(pathsFromArgv(process.argv, app.isPackaged));
  // The local upload server listens only when the user turned it on in Settings; the local test
  // server starts again when it was in use.
  void service.startIntegrations();
  void service.startWatching();
  const teardownIpc = setupIpc(service, win, isTrustedUrl, log);
  setupMenu(win, app.name, openExternal, log);
  setupContextMenu(win);
  const watchNotices = setupWatchNotices();
  service.onWatchReport(watchNotices.show);
  const showProgress = setupProgress(win, watchNotices.saidJustNow);
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
  // Last, so every handler the page calls at its start is in place.
  void win.loadURL(rendererUrl());
}

/**
 * A start that failed leaves no half-working window: one error box says what happened and what
 * to do, the log has the detail, and the app ends.
 */
function failStart(err: unknown): void {
  log(`start-up failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  const { title, message } = startupFailure(err);
  showFatal(title, message);
  app.exit(1);
}

// The scheme's privileges can only be granted before the app is ready.
registerAppScheme();

// Windows shows a toast only for the app id the installer registered (electron-builder.yml).
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

const handOver: HandOver = { files: pathsFromArgv(process.argv, app.isPackaged) };
if (!app.requestSingleInstanceLock(handOver)) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, _cwd, additionalData) => {
    const [win] = BrowserWindow.getAllWindows();
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
    addFiles(handedOverFiles(additionalData, argv, app.isPackaged));
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => failStart(err));
  // One window, one batch: closing it ends the app on every platform, so no upload runs unseen.
  app.on('window-all-closed', () => app.quit());
}
