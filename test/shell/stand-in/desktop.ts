/**
 * The parts of Electron that talk to the desktop: native dialogs (the test answers them as the
 * person would), menus, notifications, the shell, the theme and the OS's secret storage.
 */
import { EventEmitter } from 'node:events';
import { ask, fault, isReady, onRequest, requireReady, tell } from './runtime';
import { BrowserWindow } from './window';

/** Electron's dialog functions take the window first or leave it out. */
const optionsOf = (args: unknown[]): Record<string, unknown> =>
  (args[0] instanceof BrowserWindow ? args[1] : args[0]) as Record<string, unknown>;

export const dialog = {
  async showOpenDialog(...args: unknown[]) {
    requireReady('dialog');
    const paths = (await ask({ kind: 'open', options: optionsOf(args) })) as string[] | null;
    return { canceled: paths === null || paths.length === 0, filePaths: paths ?? [] };
  },
  async showSaveDialog(...args: unknown[]) {
    requireReady('dialog');
    const path = (await ask({ kind: 'save', options: optionsOf(args) })) as string | null;
    return { canceled: path === null, filePath: path ?? '' };
  },
  async showMessageBox(...args: unknown[]) {
    requireReady('dialog');
    const options = optionsOf(args) as { message?: string; buttons?: string[] };
    if (typeof options.message !== 'string') fault('dialog.showMessageBox needs a message');
    const response = (await ask({ kind: 'message', options })) as number;
    return { response, checkboxChecked: false };
  },
  showMessageBoxSync(): number {
    return fault('showMessageBoxSync would block the main process; the app must not use it');
  },
  /** Electron allows this one before ready: it is how a failed start speaks. */
  showErrorBox(title: string, content: string): void {
    if (typeof title !== 'string' || typeof content !== 'string') {
      fault('dialog.showErrorBox takes two strings');
    }
    console.error(`[stand-in] error box: ${title}: ${content}`);
    tell({ t: 'error-box', title, content });
  },
};

const ROLE_LABELS: Readonly<Record<string, string>> = {
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  selectall: 'Select All',
  minimize: 'Minimize',
  close: 'Close',
  quit: 'Quit',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  togglefullscreen: 'Toggle Full Screen',
  about: 'About',
  services: 'Services',
  hide: 'Hide',
  hideOthers: 'Hide Others',
  unhide: 'Show All',
  front: 'Bring All to Front',
  windowMenu: 'Window',
  editMenu: 'Edit',
  viewMenu: 'View',
  fileMenu: 'File',
  appMenu: 'App',
  help: 'Help',
  window: 'Window',
  zoom: 'Zoom',
  startSpeaking: 'Start Speaking',
  stopSpeaking: 'Stop Speaking',
};

interface ItemSpec {
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  click?: (item: MenuItem, win: BrowserWindow | null, event: unknown) => void;
  submenu?: ItemSpec[];
}

export class MenuItem {
  readonly label: string;
  readonly role?: string;
  readonly type: string;
  readonly accelerator?: string;
  readonly enabled: boolean;
  readonly submenu?: Menu;
  private readonly onClick?: ItemSpec['click'];

  constructor(spec: ItemSpec) {
    if (spec.role !== undefined && !(spec.role in ROLE_LABELS)) {
      fault(`unknown menu role '${spec.role}'`);
    }
    if (spec.type !== 'separator' && !spec.label && !spec.role) {
      fault('a menu item needs a label, a role or the separator type');
    }
    this.label = spec.label ?? (spec.role ? ROLE_LABELS[spec.role]! : '');
    this.role = spec.role;
    this.type = spec.type ?? (spec.submenu ? 'submenu' : 'normal');
    this.accelerator = spec.accelerator;
    this.enabled = spec.enabled ?? true;
    this.submenu = spec.submenu ? Menu.buildFromTemplate(spec.submenu) : undefined;
    this.onClick = spec.click;
  }

  /** What choosing this item does: its click, or its role's own action on the focused page. */
  click(): void {
    const win = BrowserWindow.getFocusedWindow();
    if (this.onClick) return this.onClick(this, win, {});
    const contents = win?.webContents;
    if (!contents) return;
    if (this.role === 'copy') contents.copy();
    else if (this.role === 'paste') contents.paste();
    else if (this.role === 'cut') contents.cut();
    else if (this.role === 'selectAll' || this.role === 'selectall') contents.selectAll();
  }
}

export class Menu {
  readonly items: MenuItem[] = [];
  static application: Menu | null = null;

  static buildFromTemplate(template: ItemSpec[]): Menu {
    if (!Array.isArray(template)) fault('Menu.buildFromTemplate takes an array');
    const menu = new Menu();
    for (const spec of template) menu.items.push(new MenuItem(spec));
    return menu;
  }
  static setApplicationMenu(menu: Menu | null): void {
    requireReady('Menu.setApplicationMenu');
    Menu.application = menu;
  }
  static getApplicationMenu(): Menu | null {
    return Menu.application;
  }
  popup(): void {}
  closePopup(): void {}
}

onRequest('menu-labels', () =>
  (Menu.application?.items ?? []).map((top) => ({
    label: top.label,
    items: (top.submenu?.items ?? []).map((i) => i.label),
  })),
);
onRequest('menu-click', (msg) => {
  const path = (msg as unknown as { path: string[] }).path;
  let items = Menu.application?.items ?? [];
  let found: MenuItem | undefined;
  for (const label of path) {
    found = items.find((i) => i.label.replace(/&/g, '') === label);
    if (!found) return fault(`no menu item '${path.join(' > ')}'`);
    items = found.submenu?.items ?? [];
  }
  found?.click();
  return true;
});

export class Notification extends EventEmitter {
  static isSupported(): boolean {
    return true;
  }
  constructor(private readonly options: { title?: string; body?: string }) {
    super();
    requireReady('Notification');
  }
  show(): void {
    tell({ t: 'notification', title: this.options.title ?? '', body: this.options.body ?? '' });
  }
  close(): void {}
}

export const shell = {
  async openExternal(url: string): Promise<void> {
    tell({ t: 'open-external', url });
  },
  async openPath(): Promise<string> {
    return '';
  },
  showItemInFolder(): void {},
};

export const nativeTheme = Object.assign(new EventEmitter(), {
  shouldUseDarkColors: false,
  themeSource: 'system',
});

/** Not real encryption: it stands for the OS keyring, and must only round-trip. */
const KEY = 0x5a;
const flip = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ KEY));
export const safeStorage = {
  isEncryptionAvailable(): boolean {
    // Electron answers false on Linux before ready; using it early is a bug worth failing on.
    if (!isReady()) fault('safeStorage cannot be used before the app is ready');
    return true;
  },
  getSelectedStorageBackend(): string {
    requireReady('safeStorage');
    return 'gnome_libsecret';
  },
  encryptString(text: string): Buffer {
    requireReady('safeStorage');
    return Buffer.concat([Buffer.from('v11'), flip(Buffer.from(text, 'utf8'))]);
  },
  decryptString(data: Buffer): string {
    requireReady('safeStorage');
    if (data.subarray(0, 3).toString() !== 'v11') throw new Error('Error while decrypting');
    return flip(data.subarray(3)).toString('utf8');
  },
};

export const autoUpdater = Object.assign(new EventEmitter(), {
  setFeedURL(): void {},
  checkForUpdates(): void {},
  quitAndInstall(): void {},
});

export const screen = {
  getPrimaryDisplay: () => ({ workAreaSize: { width: 1920, height: 1080 }, scaleFactor: 1 }),
};
