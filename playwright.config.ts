import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './test/e2e/harness/chromium-args';

/**
 * Three projects:
 * - `chromium`: the built renderer in Debian's Chromium, its API bridged to the real core service
 *   running in the test process (see test/e2e/harness);
 * - `shell`: the built main process and preload under a stand-in Electron (test/shell), so the
 *   shell's own code runs: permissions, IPC sender checks, the app:// handler, start-up faults;
 * - `electron`: the packaged-style app through Playwright's _electron, when an Electron binary
 *   exists on this machine (it skips itself, saying why, when not).
 */
export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  projects: [
    {
      name: 'chromium',
      testMatch: /\.ui\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        // Debian's Chromium: Playwright's own browser download cannot work on our machines.
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
      },
    },
    // The built main process and preload under the stand-in Electron (test/shell/stand-in), its
    // windows in Debian's Chromium: the desktop shell itself, on machines without Electron.
    { name: 'shell', testDir: 'test/shell', testMatch: /\.shell\.spec\.ts$/ },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
