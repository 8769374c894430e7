/**
 * The application menu as plain data, so its shape, shortcuts and platform conventions are
 * tested in Node; electron/menu.ts hands it to Menu.buildFromTemplate. The item type is the part
 * of Electron's MenuItemConstructorOptions the app uses.
 */
import type { MenuCommand } from '../../../shared/menu';
import { strings } from '../../../shared/strings';

const t = strings.menu;

/** Electron's built-in menu roles the app uses (they act on the focused page or window). */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'windowMenu';

/** One menu entry: a separator, a built-in role, a submenu, or an item that runs `click`. */
export interface MenuItemSpec {
  readonly type?: 'separator';
  readonly label?: string;
  readonly role?: MenuRole;
  readonly accelerator?: string;
  readonly submenu?: MenuItemSpec[];
  readonly click?: () => void;
}

/** Pages the Help menu opens in the browser (ImageKit's own, which the link allowlist admits). */
export const HELP_LINKS = {
  docs: 'https://imagekit.io/docs/',
  uploadApi: 'https://imagekit.io/docs/api-reference/upload-file/upload-file',
  keys: 'https://imagekit.io/dashboard/developer/api-keys',
} as const;

export interface MenuHandlers {
  /** Ask the page to carry out a command. */
  readonly send: (command: MenuCommand) => void;
  /** Open one of HELP_LINKS in the browser. */
  readonly openLink: (url: string) => void;
}

const SEPARATOR: MenuItemSpec = { type: 'separator' };

/** The whole menu bar for `platform` (process.platform), named after the app on macOS. */
export function menuTemplate(
  platform: NodeJS.Platform,
  appName: string,
  handlers: MenuHandlers,
): MenuItemSpec[] {
  const mac = platform === 'darwin';
  // Windows and Linux underline the first letter of a top menu for Alt+letter; macOS has none.
  const accessKey = (label: string): string => (mac ? label : `&${label}`);
  const command = (label: string, name: MenuCommand, accelerator?: string): MenuItemSpec => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => handlers.send(name),
  });
  const link = (label: string, url: string): MenuItemSpec => ({
    label,
    click: () => handlers.openLink(url),
  });
  const settings = command(mac ? t.settingsMac : t.settings, 'settings', 'CmdOrCtrl+,');

  const appMenu: MenuItemSpec = {
    label: appName,
    submenu: [
      { role: 'about', label: t.about(appName) },
      SEPARATOR,
      settings,
      SEPARATOR,
      { role: 'services' },
      SEPARATOR,
      { role: 'hide', label: t.hide(appName) },
      { role: 'hideOthers' },
      { role: 'unhide' },
      SEPARATOR,
      { role: 'quit', label: t.quitApp(appName) },
    ],
  };
  const file: MenuItemSpec = {
    label: accessKey(t.file),
    submenu: [
      command(t.addImages, 'add-files', 'CmdOrCtrl+O'),
      command(t.addFolder, 'add-folder', 'CmdOrCtrl+Shift+O'),
      // Settings sits in the app menu on macOS, in File elsewhere.
      ...(mac ? [SEPARATOR, { role: 'close' } as const] : [SEPARATOR, settings, SEPARATOR]),
      ...(mac ? [] : [{ role: 'quit', label: platform === 'win32' ? t.exit : t.quit } as const]),
    ],
  };
  // Paste is the built-in role: text boxes paste text, and elsewhere the page hears the paste
  // and adds the clipboard's image. Copy likewise copies the selected rows' links.
  const edit: MenuItemSpec = {
    label: accessKey(t.edit),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      SEPARATOR,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      SEPARATOR,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemSpec = {
    label: accessKey(t.view),
    submenu: [
      command(t.uploads, 'show-uploads', 'CmdOrCtrl+1'),
      command(t.history, 'show-history', 'CmdOrCtrl+2'),
      command(t.library, 'show-library', 'CmdOrCtrl+3'),
      SEPARATOR,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      SEPARATOR,
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemSpec = mac
    ? { role: 'windowMenu' }
    : { label: accessKey(t.window), submenu: [{ role: 'minimize' }, { role: 'close' }] };
  const help: MenuItemSpec = {
    label: accessKey(t.help),
    submenu: [
      command(t.shortcuts, 'shortcuts', 'CmdOrCtrl+/'),
      SEPARATOR,
      link(t.docs, HELP_LINKS.docs),
      link(t.uploadApi, HELP_LINKS.uploadApi),
      link(t.keys, HELP_LINKS.keys),
      ...(mac ? [] : [SEPARATOR, { role: 'about', label: t.about(appName) } as const]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** What Electron's context-menu event says about the place that was right-clicked. */
export interface ContextFacts {
  readonly isEditable: boolean;
  readonly selectionText: string;
  readonly editFlags: {
    readonly canCut: boolean;
    readonly canCopy: boolean;
    readonly canPaste: boolean;
    readonly canSelectAll: boolean;
  };
}

/**
 * The right-click menu: Cut, Copy, Paste and Select All in text boxes, Copy for selected text,
 * nothing elsewhere (Electron shows no menu of its own, so without this a text box could not be
 * edited with the mouse alone). Items that cannot act now are left out.
 */
export function contextMenuTemplate(facts: ContextFacts): MenuItemSpec[] {
  const flags = facts.editFlags;
  if (facts.isEditable) {
    const items: MenuItemSpec[] = [];
    if (flags.canCut) items.push({ role: 'cut' });
    if (flags.canCopy) items.push({ role: 'copy' });
    if (flags.canPaste) items.push({ role: 'paste' });
    if (flags.canSelectAll)
      items.push(...(items.length > 0 ? [SEPARATOR] : []), { role: 'selectAll' });
    return items;
  }
  return facts.selectionText.trim() !== '' && flags.canCopy ? [{ role: 'copy' }] : [];
}
