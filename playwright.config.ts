import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from './test/e2e/harness/chromium-args';

/**
 * Two projects:
 * - `chromium`: the built renderer in Debian's Chromium, its API bridged to the real core service
 *   running in the test process (see test/e2e/harness);
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
    { name: 'electron', testMatch: /electron\.spec\.ts$/ },
  ],
});
