import { Menu, type BrowserWindow } from 'electron';
import { EVENT_CHANNELS } from '../../shared/contract';
import { contextMenuTemplate, menuTemplate } from '../core/shell/menu-template';

/**
 * Installs the application menu. Commands go to the page, which runs the same action as its own
 * buttons; Help links open in the browser.
 */
export function setupMenu(
  win: BrowserWindow,
  appName: string,
  openLink: (url: string) => Promise<void>,
  log: (line: string) => void,
): void {
  const template = menuTemplate(process.platform, appName, {
    send: (command) => {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNELS.menu, command);
    },
    openLink: (url) =>
      void openLink(url).catch((err: unknown) => log(`could not open ${url}: ${String(err)}`)),
  });
  // The spec type is a subset of Electron's MenuItemConstructorOptions.
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** Shows the right-click menu for text boxes and selected text in `win`. */
export function setupContextMenu(win: BrowserWindow): void {
  win.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params);
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });
}
