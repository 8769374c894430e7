import { test as base, expect } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { APP_NAME } from '../../src/shared/app-name';
import { launchShell, type LaunchOptions, type ShellApp } from './harness';

/** Keys the test emulator accepts. */
export const KEYS = { privateKey: 'private_shell_key_1234', publicKey: 'public_shell' };

interface Fixtures {
  /** A fresh folder for this test's files (images, the app-data folder), removed afterwards. */
  readonly dir: string;
  /** The folder that stands for the OS's app-data folder. */
  readonly appData: string;
  /** The app's user-data folder inside it (named after the product, as Electron names it). */
  readonly userData: string;
  /** A local ImageKit emulator on 127.0.0.1. */
  readonly emulator: RunningEmulator;
  /** Starts the built app under the stand-in Electron; every app is ended after the test. */
  readonly launch: (opts?: Partial<LaunchOptions>) => ShellApp;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern
  dir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'uploader-shell-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  appData: async ({ dir }, use) => use(join(dir, 'app-data')),
  userData: async ({ appData }, use) => use(join(appData, APP_NAME)),
  emulator: async ({ dir }, use) => {
    const emulator = await startEmulator({ dataDir: join(dir, '.emulator'), port: 0, ...KEYS });
    await use(emulator);
    await emulator.close();
  },
  launch: async ({ appData }, use, testInfo) => {
    const apps: ShellApp[] = [];
    await use((opts) => {
      const app = launchShell({ appData, ...opts });
      apps.push(app);
      return app;
    });
    for (const app of apps) {
      await app.close();
      if (testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('app output', { body: app.log });
      }
      // Anything real Electron would have refused fails the test, whatever it asserted.
      expect(app.faults, `the stand-in refused something:\n${app.log}`).toEqual([]);
    }
  },
});

export { expect };
