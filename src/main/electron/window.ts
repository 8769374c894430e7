import { BrowserWindow, app, nativeTheme } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL } from '../core/shell/app-requests';
import { urlTrust } from '../core/shell/trust';
import { strings } from '../../shared/strings';

const here = import.meta.dirname;

/** The built renderer folder that app:// serves. */
export const rendererDir = join(here, '../renderer');

/** Where the renderer is served from: the dev server, or the built files over app://. */
export function rendererUrl(): string {
  const dev = process.env.ELECTRON_RENDERER_URL;
  if (!app.isPackaged && dev) return dev;
  return APP_INDEX_URL;
}

/** Whether a URL belongs to our own page: same scheme, host and port. */
export function isTrustedUrl(url: string): boolean {
  return urlTrust(rendererUrl())(url);
}

/** The main window, with every web security setting on; the caller loads the page. */
export function createMainWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1120,
    height: 760,
    minWidth: 760,
    minHeight: 520,
    show: false,
    title: strings.nativeDialogs.windowTitle,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#14161a' : '#f6f7f9',
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  return win;
}
