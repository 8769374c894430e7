import { beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';

// Electron and electron-updater are stood in for; the rules they drive are the real ones.
const answers: number[] = [];
const shown: string[] = [];
// When set, the dialog stays open until this promise settles.
const dialogGate: { wait: Promise<void> | null } = { wait: null };
const electron = vi.hoisted(() => ({ isPackaged: true }));
vi.mock('electron', () => ({
  app: electron,
  dialog: {
    showMessageBox: async (_win: unknown, opts: { buttons: string[] }) => {
      shown.push(opts.buttons[0]!);
      if (dialogGate.wait) await dialogGate.wait;
      return { response: answers.shift() ?? 1 };
    },
  },
}));

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  logger: unknown = console;
  feed: unknown = null;
  checks = 0;
  installs = 0;
  private checkedNow: () => void = () => {};
  /** Settles at the first check: the app has loaded the updater and wired its events by then. */
  readonly checked = new Promise<void>((r) => (this.checkedNow = r));
  setFeedURL(feed: unknown): void {
    this.feed = feed;
  }
  async checkForUpdates(): Promise<null> {
    this.checks += 1;
    this.checkedNow();
    return null;
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}
const updater = vi.hoisted(() => ({ current: null as unknown }));
vi.mock('electron-updater', () => ({
  default: {
    get autoUpdater() {
      return updater.current;
    },
  },
}));

const { setupUpdates } = await import('../../../../src/main/electron/updater');

const win = { isDestroyed: () => false } as never;
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('updates in the app', () => {
  let fake: FakeUpdater;
  const lines: string[] = [];
  const log = (line: string) => lines.push(line);

  beforeEach(() => {
    fake = new FakeUpdater();
    updater.current = fake;
    shown.length = 0;
    answers.length = 0;
    lines.length = 0;
    dialogGate.wait = null;
    electron.isPackaged = true;
    process.env.UPDATE_URL = 'https://updates.example.com/uploader/';
    Object.defineProperty(process, 'resourcesPath', { value: '/nonexistent', configurable: true });
  });

  it('stays off without a feed, and never loads the updater', async () => {
    delete process.env.UPDATE_URL;
    setupUpdates(win, log);
    await settle();
    expect(fake.checks).toBe(0);
    expect(lines).toEqual(['updates off: no update feed is configured']);
  });

  it('checks on start and downloads in the background from UPDATE_URL', async () => {
    setupUpdates(win, log);
    await fake.checked;
    await settle();
    expect(fake.checks).toBe(1);
    expect(fake.autoDownload).toBe(true);
    expect(fake.autoInstallOnAppQuit).toBe(true);
    expect(fake.feed).toEqual({
      provider: 'generic',
      url: 'https://updates.example.com/uploader/',
    });
  });

  it('offers "Restart to update" only once the running batch has ended', async () => {
    const batchRunning = setupUpdates(win, log);
    await fake.checked;
    batchRunning(true);
    fake.emit('update-downloaded', { version: '0.2.0' });
    await settle();
    expect(shown).toEqual([]);
    answers.push(0);
    batchRunning(false);
    await settle();
    expect(shown).toEqual(['Restart to update']);
    expect(fake.installs).toBe(1);
  });

  it('does not restart when a batch started while the question was on screen', async () => {
    const batchRunning = setupUpdates(win, log);
    await fake.checked;
    let close = () => {};
    dialogGate.wait = new Promise((r) => (close = r));
    answers.push(0);
    fake.emit('update-downloaded', { version: '0.2.0' });
    await settle();
    batchRunning(true);
    close();
    await settle();
    expect(fake.installs).toBe(0);
    // Asked again once that batch is over.
    dialogGate.wait = null;
    answers.push(0);
    batchRunning(false);
    await settle();
    expect(shown).toEqual(['Restart to update', 'Restart to update']);
    expect(fake.installs).toBe(1);
  });

  it('"Later" leaves the update for the next quit and does not ask again', async () => {
    const batchRunning = setupUpdates(win, log);
    await fake.checked;
    answers.push(1);
    fake.emit('update-downloaded', { version: '0.2.0' });
    await settle();
    batchRunning(true);
    batchRunning(false);
    await settle();
    expect(shown).toEqual(['Restart to update']);
    expect(fake.installs).toBe(0);
  });
});
