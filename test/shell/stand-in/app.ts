/**
 * `app`: ready, paths, the single-instance lock and Electron's quit sequence (before-quit, then
 * every window's close, then will-quit and quit; any of them may stop it).
 */
import { EventEmitter } from 'node:events';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { STANDIN_ENV } from './control';
import { becomeReady, fault, isReady, tell } from './runtime';
import { BrowserWindow, setAllClosedHook, setContentsCreatedHook } from './window';

type Event = { defaultPrevented: boolean; preventDefault(): void };
const newEvent = (): Event => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

const pkg = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
  name: string;
  productName?: string;
  version: string;
};
const appData = process.env[STANDIN_ENV.appData] ?? '';
if (appData === '') throw new Error(`the stand-in needs ${STANDIN_ENV.appData}`);

// What Electron's main process has and plain Node lacks.
Object.assign(process, { type: 'browser', resourcesPath: join(appData, '.resources') });
Object.assign(process.versions, { electron: '45.4.1' });

class App extends EventEmitter {
  readonly name = pkg.productName ?? pkg.name;
  readonly isPackaged = false;
  readonly commandLine = { appendSwitch(): void {}, hasSwitch: () => false };
  private paths: Record<string, string> = {
    appData,
    userData: join(appData, pkg.productName ?? pkg.name),
    temp: join(appData, '.temp'),
    home: appData,
    downloads: join(appData, 'Downloads'),
    logs: join(appData, 'logs'),
  };
  private readyPromise: Promise<void> | null = null;
  private quitting = false;
  private pendingHandover: Promise<void> = Promise.resolve();
  private lockServer: Server | null = null;
  private lockFile = '';

  whenReady(): Promise<void> {
    this.readyPromise ??= becomeReady().then(() => {
      this.emit('ready', newEvent(), {});
    });
    return this.readyPromise;
  }
  isReady(): boolean {
    return isReady();
  }
  getName(): string {
    return this.name;
  }
  getVersion(): string {
    return pkg.version;
  }
  getAppPath(): string {
    return process.cwd();
  }
  getPath(name: string): string {
    const path = this.paths[name];
    if (!path) return fault(`app.getPath('${name}') is not stood in`);
    return path;
  }
  setPath(name: string, path: string): void {
    if (isReady() && name === 'userData') fault('set userData before ready');
    this.paths[name] = path;
  }
  setAppUserModelId(id: string): void {
    tell({ t: 'app-user-model-id', id });
  }
  focus(): void {}

  /**
   * Electron's lock lives in userData; a second process hands its argv, working folder and
   * additional data to the first, which emits 'second-instance'.
   */
  requestSingleInstanceLock(additionalData?: unknown): boolean {
    // Kept beside, not inside, userData, so a read-only userData does not take the lock with it.
    const key = createHash('sha256').update(this.getPath('userData')).digest('hex').slice(0, 16);
    const dir = join(tmpdir(), `standin-lock-${key}`);
    mkdirSync(dir, { recursive: true });
    this.lockFile = join(dir, 'StandInSingletonLock');
    const socket = join(dir, 'StandInSingletonSocket');
    try {
      closeSync(openSync(this.lockFile, 'wx'));
      writeFileSync(this.lockFile, String(process.pid));
    } catch {
      const holder = Number(readFileSync(this.lockFile, 'utf8'));
      if (holder && isAlive(holder)) {
        this.pendingHandover = handOver(socket, {
          argv: process.argv,
          cwd: process.cwd(),
          additionalData,
        });
        return false;
      }
      writeFileSync(this.lockFile, String(process.pid));
    }
    rmSync(socket, { force: true });
    this.lockServer = createServer((conn) => {
      let data = '';
      conn.on('data', (chunk) => (data += String(chunk)));
      conn.on('end', () => {
        const msg = JSON.parse(data) as { argv: string[]; cwd: string; additionalData: unknown };
        this.emit('second-instance', newEvent(), msg.argv, msg.cwd, msg.additionalData);
        conn.end();
      });
    });
    this.lockServer.listen(socket);
    this.lockServer.unref();
    return true;
  }

  /** Electron's quit sequence; any step that is prevented ends it. */
  quit(): void {
    if (this.quitting) return;
    const before = newEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    this.quitting = true;
    for (const win of BrowserWindow.getAllWindows()) {
      win.close();
      if (!win.isDestroyed()) {
        this.quitting = false;
        return;
      }
    }
    const will = newEvent();
    this.emit('will-quit', will);
    if (will.defaultPrevented) {
      this.quitting = false;
      return;
    }
    this.emit('quit', newEvent(), 0);
    void this.finish(0);
  }

  /** Ends at once, with no events (Electron's app.exit). */
  exit(code = 0): void {
    void this.finish(code);
  }

  private async finish(code: number): Promise<void> {
    await this.pendingHandover.catch(() => undefined);
    if (this.lockServer) rmSync(this.lockFile, { force: true });
    for (const win of BrowserWindow.getAllWindows()) await win.webContents.destroy();
    process.exit(code);
  }

  /** Whether the quit sequence is under way (the window-all-closed rule reads it). */
  get isQuitting(): boolean {
    return this.quitting;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function handOver(socket: string, message: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const conn = createConnection(socket, () => conn.end(JSON.stringify(message)));
    conn.on('close', () => resolve());
    conn.on('error', reject);
  });
}

export const app = new App();

setContentsCreatedHook((contents) => app.emit('web-contents-created', newEvent(), contents));
// Electron emits window-all-closed only when the windows did not close as part of quitting;
// with no listener it quits.
setAllClosedHook(() => {
  if (app.isQuitting) return;
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed', newEvent());
  else app.quit();
});

// Electron becomes ready by itself once its browser has started.
void app.whenReady();
