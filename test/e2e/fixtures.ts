import { test as base } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { openHarness, type Harness, type HarnessOptions } from './harness/harness';

/** Keys the test emulator accepts. */
export const EMULATOR_KEYS = { privateKey: 'private_e2e_key_1234', publicKey: 'public_e2e' };

interface Fixtures {
  /** A local ImageKit emulator on 127.0.0.1, its files under `dir`. */
  readonly emulator: RunningEmulator;
  /** A fresh folder for this test's files, removed afterwards. */
  readonly dir: string;
  /** Connection settings for `emulator`, to pass to `open` as an earlier session's. */
  readonly connected: Pick<HarnessOptions, 'settings' | 'privateKey'>;
  /** Opens the app in Chromium on the real service; closed after the test. */
  readonly open: (opts?: Partial<HarnessOptions>) => Promise<Harness>;
  /** The app opened with `connected`, for tests that need nothing else at start. */
  readonly app: Harness;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture names from the pattern
  dir: async ({}, use) => {
    const dir = await mkdtemp(join(tmpdir(), 'uploader-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  emulator: async ({ dir }, use) => {
    const emulator = await startEmulator({
      dataDir: join(dir, '.emulator'),
      port: 0,
      ...EMULATOR_KEYS,
    });
    await use(emulator);
    await emulator.close();
  },
  connected: async ({ emulator }, use) => {
    await use({
      privateKey: EMULATOR_KEYS.privateKey,
      settings: {
        connection: {
          uploadUrl: emulator.uploadUrl,
          apiUrl: emulator.apiUrl,
          urlEndpoint: emulator.urlEndpoint,
          publicKey: EMULATOR_KEYS.publicKey,
        },
      },
    });
  },
  open: async ({ browser, dir }, use) => {
    const opened: Harness[] = [];
    await use(async (opts) => {
      const harness = await openHarness(browser, { dropDir: dir, ...opts });
      opened.push(harness);
      return harness;
    });
    for (const harness of opened) await harness.close();
  },
  app: async ({ open, connected }, use) => {
    await use(await open(connected));
  },
});

export { expect } from '@playwright/test';
