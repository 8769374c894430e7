/**
 * `BrowserWindow` and its `webContents`, each backed by one real Chromium page. The preload runs
 * in the page before the page's own scripts; its IPC reaches ipcMain with a sender frame whose
 * URL is the app's URL, so the app's own sender checks decide.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { Script } from 'node:vm';
import type { Frame, Page } from '@playwright/test';
import { handledChannels, invoke, ipcMain } from './ipc-main';
import { toAppOrigin, toAppUrl, toPageUrl } from './protocol';
import { browser, fault, requireReady } from './runtime';
import { applyPermissions } from './session';

const RUNNER = readFileSync(new URL('./page-runner.js', import.meta.url), 'utf8');
const BINDING = '__standInIpc';

/** Emits the app-level event when a web contents is made (security setup listens to it). */
let onCreated: (contents: WebContents) => void = () => undefined;
export function setContentsCreatedHook(hook: (contents: WebContents) => void): void {
  onCreated = hook;
}

/** A frame as Electron's WebFrameMain: one object per frame, so `===` compares frames. */
export class WebFrameMain {
  constructor(private readonly frame: Frame) {}
  get url(): string {
    return toAppUrl(this.frame.url());
  }
  get origin(): string {
    return toAppOrigin(new URL(this.frame.url()).origin);
  }
  get name(): string {
    return this.frame.name();
  }
}

type Event = { defaultPrevented: boolean; preventDefault(): void };
const newEvent = (): Event => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

let nextId = 1;

export class WebContents extends EventEmitter {
  readonly id = nextId++;
  private page: Page | null = null;
  private readonly frames = new WeakMap<Frame, WebFrameMain>();
  private readonly outbox: Array<{ channel: string; args: unknown[] }> = [];
  /** The document whose poll gets main's messages: the newest one to ask. */
  private document = '';
  private readonly waiters: Array<{ document: string; wake: () => void }> = [];
  private destroyed = false;
  private openHandler: (details: { url: string }) => { action: string } = () => ({
    action: 'allow',
  });
  /** What the app's handlers allowed at the last load, per Electron permission name. */
  permissions: Record<string, boolean> = {};

  constructor(private readonly prefs: Record<string, unknown>) {
    super();
  }

  /** The Chromium page behind this web contents (stand-in only). */
  async attach(page: Page): Promise<void> {
    this.page = page;
    await page.exposeBinding(BINDING, (source, kind: string, channel: string, args: unknown[]) =>
      this.fromPage(source.frame, kind, channel, args),
    );
    const preload = this.prefs.preload;
    if (typeof preload === 'string')
      await page.addInitScript({ content: this.preloadScript(preload) });
    page.on('popup', (popup) => {
      const { action } = this.openHandler({ url: toAppUrl(popup.url()) });
      if (action !== 'allow') void popup.close();
    });
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.emit('did-navigate', newEvent(), this.getURL());
    });
  }

  private preloadScript(path: string): string {
    if (this.prefs.sandbox !== true) fault('the stand-in runs sandboxed preloads only');
    const source = readFileSync(path, 'utf8');
    const wrapped = `(function (require, module, exports) {\n${source}\n})`;
    try {
      // A sandboxed preload is a classic CommonJS script: import or export cannot parse here.
      new Script(wrapped, { filename: path });
    } catch (err) {
      fault(`the preload ${path} is not CommonJS: ${String(err)}`);
    }
    return `${RUNNER}\nstandInPreload(${JSON.stringify({ binding: BINDING })}, ${wrapped});`;
  }

  private async fromPage(frame: Frame, kind: string, channel: string, args: unknown[]) {
    const event = {
      sender: this,
      senderFrame: this.frameFor(frame),
      frameId: 1,
      processId: 1,
      returnValue: undefined,
    };
    switch (kind) {
      case 'invoke':
        return invoke(channel, event, args);
      case 'send':
        ipcMain.emit(channel, event, ...structuredClone(args));
        return undefined;
      case 'poll':
        return this.nextBatch(channel);
      case 'fault':
        return fault(String(args[0]));
      default:
        return fault(`unknown call from the page: ${kind}`);
    }
  }

  private frameFor(frame: Frame): WebFrameMain {
    let known = this.frames.get(frame);
    if (!known) {
      known = new WebFrameMain(frame);
      this.frames.set(frame, known);
    }
    return known;
  }

  /**
   * The next messages for `document`. A reloaded page's new document takes over; the old one's
   * poll ends empty-handed, so nothing sent after the reload is lost to a page that is gone.
   */
  private async nextBatch(document: string): Promise<Array<{ channel: string; args: unknown[] }>> {
    if (document !== this.document) {
      this.document = document;
      for (const waiter of this.waiters.splice(0)) waiter.wake();
    }
    while (this.outbox.length === 0) {
      if (this.destroyed || document !== this.document) throw new Error('gone');
      await new Promise<void>((resolve) => this.waiters.push({ document, wake: resolve }));
    }
    if (document !== this.document) throw new Error('gone');
    return this.outbox.splice(0);
  }

  private wakeAll(): void {
    for (const waiter of this.waiters.splice(0)) waiter.wake();
  }

  get mainFrame(): WebFrameMain {
    return this.frameFor(this.requirePage().mainFrame());
  }

  private requirePage(): Page {
    if (!this.page) return fault('the web contents has no page yet');
    return this.page;
  }

  /** The page (stand-in only, for tests that look at what the person sees). */
  get standInPage(): Page | null {
    return this.page;
  }

  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) fault('send on a destroyed web contents');
    // Electron copies by structured clone and throws on what cannot be copied.
    this.outbox.push({ channel, args: structuredClone(args) });
    this.wakeAll();
  }

  async loadURL(appUrl: string): Promise<void> {
    const page = this.requirePage();
    const pageUrl = await toPageUrl(appUrl);
    const appOrigin = new URL(appUrl).protocol.startsWith('http')
      ? new URL(appUrl).origin
      : `${new URL(appUrl).protocol}//${new URL(appUrl).host}`;
    this.permissions = await applyPermissions(this, new URL(pageUrl).origin, appUrl, appOrigin);
    await page.goto(pageUrl);
    this.emit('dom-ready', newEvent());
    this.emit('did-finish-load', newEvent());
  }

  getURL(): string {
    return this.page ? toAppUrl(this.page.url()) : '';
  }

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  /** Runs the page's own editing command, as Edit menu roles do (a trusted copy event). */
  async editCommand(command: 'copy' | 'cut' | 'paste' | 'selectAll'): Promise<void> {
    const cdp = await this.requirePage().context().newCDPSession(this.requirePage());
    for (const type of ['rawKeyDown', 'keyUp'] as const) {
      await cdp.send('Input.dispatchKeyEvent', { type, commands: [command] });
    }
    await cdp.detach();
  }
  copy(): void {
    void this.editCommand('copy');
  }
  paste(): void {
    void this.editCommand('paste');
  }
  cut(): void {
    void this.editCommand('cut');
  }
  selectAll(): void {
    void this.editCommand('selectAll');
  }

  async destroy(): Promise<void> {
    this.destroyed = true;
    this.wakeAll();
    await this.page?.close().catch(() => undefined);
  }

  /** The channels main answers (stand-in only). */
  static handledChannels = handledChannels;
}

const windows: BrowserWindow[] = [];

export class BrowserWindow extends EventEmitter {
  readonly webContents: WebContents;
  readonly webPreferences: Record<string, unknown>;
  readonly ready: Promise<void>;
  private destroyed = false;
  private focused = true;
  private minimized = false;
  progress = -1;

  static getAllWindows(): BrowserWindow[] {
    return [...windows];
  }
  static getFocusedWindow(): BrowserWindow | null {
    return windows.find((w) => w.focused) ?? null;
  }
  static fromWebContents(contents: WebContents): BrowserWindow | null {
    return windows.find((w) => w.webContents === contents) ?? null;
  }

  constructor(
    options: {
      webPreferences?: Record<string, unknown>;
      width?: number;
      height?: number;
    } = {},
  ) {
    super();
    requireReady('BrowserWindow');
    this.webPreferences = { ...options.webPreferences };
    this.webContents = new WebContents(this.webPreferences);
    windows.push(this);
    onCreated(this.webContents);
    this.ready = browser()
      .context.newPage()
      .then(async (page) => {
        await page.setViewportSize({ width: options.width ?? 800, height: options.height ?? 600 });
        await this.webContents.attach(page);
      });
  }

  loadURL(url: string): Promise<void> {
    return this.ready
      .then(() => this.webContents.loadURL(url))
      .then(() => {
        this.emit('ready-to-show');
      });
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }
  isFocused(): boolean {
    return this.focused;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  minimize(): void {
    this.minimized = true;
    this.focused = false;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused = true;
    this.emit('focus');
  }
  blur(): void {
    this.focused = false;
    this.emit('blur');
  }
  show(): void {
    this.emit('show');
  }
  setProgressBar(progress: number): void {
    if (this.destroyed) fault('setProgressBar on a destroyed window');
    this.progress = progress;
  }
  setTitle(): void {}

  /** Closes the window as the close button does: 'close' may prevent it. */
  close(): void {
    if (this.destroyed) return;
    const event = newEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) void this.destroy();
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return;
    this.destroyed = true;
    windows.splice(windows.indexOf(this), 1);
    await this.webContents.destroy();
    this.emit('closed');
    if (windows.length === 0) windowsAllClosed();
  }
}

let windowsAllClosed: () => void = () => undefined;
/** What happens when the last window closes (the app module decides). */
export function setAllClosedHook(hook: () => void): void {
  windowsAllClosed = hook;
}
