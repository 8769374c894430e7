import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { API_METHODS, type ApiMethod } from '../../../src/shared/contract';
import type { JobsUpdate } from '../../../src/shared/jobs';
import type { MenuCommand } from '../../../src/shared/menu';
import type { SecretProtection, SettingsPatch } from '../../../src/shared/settings';
import { callApi } from '../../../src/main/core/api/method-args';
import { ImagePool, nodeWorkerLauncher } from '../../../src/main/core/images';
import { createUploader } from '../../../src/main/core/imagekit';
import { rendererCsp } from '../../../src/main/core/shell/csp';
import type { HistoryStore } from '../../../src/main/core/ports';
import { type UploadService } from '../../../src/main/core/service/upload-service';
import { createService } from '../../../src/main/core/service/create-service';
import { StateStore } from '../../../src/main/core/persistence';
import { writePastedImage } from '../../../src/main/core/clipboard/paste-file';
import { memorySecrets, memorySettings } from '../../support/memory-ports';
import { testServerHost } from '../../../src/emulator/embedded';
import { installBridge } from './bridge-script';
import { serveStatic, type StaticServer } from './static-server';

export interface HarnessOptions {
  /** Folder dropped test files are taken from (stands in for Electron's getPathForFile). */
  readonly dropDir: string;
  readonly maxInputBytes?: number;
  readonly protection?: SecretProtection;
  readonly colorScheme?: 'light' | 'dark';
  /** Settings and key applied before the page opens (as if saved in an earlier session). */
  readonly settings?: SettingsPatch;
  readonly privateKey?: string;
  /**
   * The state folder (journal and history), as the app's user-data folder. Pass the same one to
   * a second harness to see the list come back; by default each harness gets a fresh folder.
   */
  readonly stateDir?: string;
  /** How long a watched file must stay unchanged before it is taken (the app's 2 s if absent). */
  readonly watchSettleMs?: number;
  /** The upload history; the state folder's own (real SQLite) when absent. */
  readonly history?: HistoryStore;
}

export interface Harness {
  readonly page: Page;
  readonly service: UploadService;
  readonly state: StateStore;
  /** What the next "Add images…" / "Add folder…" dialog returns (the native dialog is Electron's). */
  nextPick: string[];
  /** Links the app asked the OS to open. */
  readonly opened: string[];
  /** The service's upload history, for seeding entries and checking removals. */
  readonly history: HistoryStore;
  /** Files written through the "Save as" dialog (it saves into `dropDir`/saved). */
  readonly saved: string[];
  /**
   * What the system clipboard holds (Electron's clipboard is stood in for): PNG bytes of copied
   * image data, and paths of copied files. Main reads it when the page pastes.
   */
  clipboard: { image: Uint8Array | null; files: string[] };
  /** Every update pushed to the page, with when it was sent, for assertions on pacing. */
  readonly pushed: Array<{ readonly at: number; readonly update: JobsUpdate }>;
  /** Choose an item of the application menu (Electron's menu sends the page this command). */
  menu(command: MenuCommand): Promise<void>;
  close(): Promise<void>;
}

/**
 * The built renderer in Chromium, with `window.uploader` bridged to a real UploadService (real
 * worker processes, real sharp, real HTTP uploads) running in this test process.
 */
export async function openHarness(browser: Browser, opts: HarnessOptions): Promise<Harness> {
  const opened: string[] = [];
  const saved: string[] = [];
  const pushed: Harness['pushed'] = [];
  const harness = {
    nextPick: [] as string[],
    clipboard: { image: null as Uint8Array | null, files: [] as string[] },
  };
  const ownStateDir = opts.stateDir ? null : mkdtempSync(join(tmpdir(), 'uploader-e2e-state-'));
  const state = StateStore.open(opts.stateDir ?? (ownStateDir as string), {
    onNotice: (line) => console.log(`[state] ${line}`),
  });
  const history = opts.history ?? state.history;
  const service = createService({
    downloadsDir: join(opts.stateDir ?? (ownStateDir as string), 'downloads'),
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: memorySettings(),
    secrets: memorySecrets(opts.protection ?? 'os'),
    platform: {
      pickPaths: async () => {
        const paths = harness.nextPick;
        harness.nextPick = [];
        return paths;
      },
      openExternal: async (url) => void opened.push(url),
      saveFile: async (name, contents) => {
        const folder = join(opts.dropDir, 'saved');
        await mkdir(folder, { recursive: true });
        const path = join(folder, name);
        await writeFile(path, contents, 'utf8');
        saved.push(path);
        return path;
      },
      readClipboardFiles: async () => [...harness.clipboard.files],
      // The state folder stands in for the user-data folder, as it does for the database.
      readClipboardImage: async () => {
        const png = harness.clipboard.image;
        return png === null
          ? null
          : writePastedImage(opts.stateDir ?? (ownStateDir as string), png);
      },
    },
    uploaderFactory: createUploader,
    // The app's own test server, its files beside the state, as under the user-data folder.
    testServer: testServerHost(join(opts.stateDir ?? (ownStateDir as string), 'test-server')),
    maxInputBytes: opts.maxInputBytes,
    journal: state.journal('app'),
    history,
    watchMemory: state,
    ...(opts.watchSettleMs === undefined ? {} : { watchSettleMs: opts.watchSettleMs }),
  });
  // As the app does at start: the folders Settings has on are watched.
  await service.startWatching();
  // Specs that are not about the destination chooser add files straight to the Settings folder.
  await service.updateSettings({ upload: { askDestination: false } });
  if (opts.settings) await service.updateSettings(opts.settings);
  if (opts.privateKey) await service.setPrivateKey(opts.privateKey);
  // The page's policy comes with the page, as main sends it in the app: computed from settings.
  const server: StaticServer = await serveStatic(resolve('out/renderer'), async () => ({
    'content-security-policy': rendererCsp((await service.getSettings()).connection.urlEndpoint),
  }));
  const context = await browser.newContext({
    viewport: { width: 1180, height: 760 },
    colorScheme: opts.colorScheme ?? 'light',
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  // Arguments cross as JSON, as over IPC, and go through the same checks main applies.
  await page.exposeBinding('__uploaderInvoke', (_source, method: string, args: unknown[]) => {
    if (!(API_METHODS as readonly string[]).includes(method)) throw new Error('Unknown method.');
    return callApi(service, method as ApiMethod, args);
  });
  await page.addInitScript(installBridge, { methods: [...API_METHODS], dropDir: opts.dropDir });
  const unsubscribe = service.onJobs((update) => {
    pushed.push({ at: Date.now(), update });
    page
      .evaluate(
        (u) => (window as unknown as { __uploaderPush?: (x: unknown) => void }).__uploaderPush?.(u),
        update,
      )
      .catch(() => {});
  });
  const unwatch = service.onWatch((status) => {
    page
      .evaluate(
        (s) =>
          (window as unknown as { __uploaderWatch?: (x: unknown) => void }).__uploaderWatch?.(s),
        status,
      )
      .catch(() => {});
  });
  page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));
  await page.goto(server.url);
  let closed = false;
  return Object.assign(harness, {
    page,
    service,
    state,
    opened,
    history,
    saved,
    pushed,
    async menu(command: MenuCommand) {
      await page.evaluate(
        (c) => (window as unknown as { __uploaderMenu?: (x: string) => void }).__uploaderMenu?.(c),
        command,
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      unsubscribe();
      unwatch();
      await service.close();
      state.close();
      if (ownStateDir) rmSync(ownStateDir, { recursive: true, force: true });
      await context.close();
      await server.close();
    },
  });
}

/** Drop files from `dropDir` on the window, the way a user drags them from a file manager. */
export async function dropFiles(page: Page, names: readonly string[]): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const name of list) dt.items.add(new File(['x'], name));
    return dt;
  }, names);
  const target = page.getByTestId('drop-target');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

/** Where screenshots go; the test run keeps them for people to look at. */
export function screenshotPath(name: string): string {
  return join('test-results', 'screenshots', `${name}.png`);
}
