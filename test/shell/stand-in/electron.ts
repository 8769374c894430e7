/**
 * A stand-in for the `electron` module, for tests only (never shipped): the app's built main
 * process runs under Node with this in Electron's place (see register.ts), its windows are real
 * Chromium pages, and it refuses what Electron refuses. docs/testing.md says what it proves.
 */
import { app } from './app';
import { clipboard } from './clipboard';
import {
  autoUpdater,
  dialog,
  Menu,
  MenuItem,
  nativeTheme,
  Notification,
  safeStorage,
  screen,
  shell,
} from './desktop';
import { handledChannels, ipcMain } from './ipc-main';
import { protocol } from './protocol';
import { onRequest } from './runtime';
import { session } from './session';
import { utilityProcess } from './utility';
import { BrowserWindow, type WebContents } from './window';

const mainWindow = (): BrowserWindow | undefined => BrowserWindow.getAllWindows()[0];

onRequest('quit', () => {
  app.quit();
  return true;
});
onRequest('close-window', () => {
  mainWindow()?.close();
  return true;
});
onRequest('clipboard-text', () => clipboard.readText());
onRequest('handlers', () => handledChannels());
onRequest('web-preferences', () => ({
  preferences: mainWindow()?.webPreferences ?? null,
  permissions: mainWindow()?.webContents.permissions ?? null,
}));

const webContents = {
  getAllWebContents: (): WebContents[] => BrowserWindow.getAllWindows().map((w) => w.webContents),
};

const electron = {
  app,
  autoUpdater,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  nativeTheme,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  utilityProcess,
  webContents,
};

export default electron;
export {
  app,
  autoUpdater,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  MenuItem,
  nativeTheme,
  Notification,
  protocol,
  safeStorage,
  screen,
  session,
  shell,
  utilityProcess,
  webContents,
};
