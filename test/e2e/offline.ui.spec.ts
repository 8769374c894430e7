import { join } from 'node:path';
import { startEmulator } from '../../src/emulator';
import { EMULATOR_KEYS, expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { writeLandscapes } from '../support/scenes';

/** Four photos of 1400 x 933 in `dir`. */
async function dunes(dir: string): Promise<string[]> {
  const names = ['dune-1.jpg', 'dune-2.jpg', 'dune-3.jpg', 'dune-4.jpg'];
  await writeLandscapes(dir, names, 1400, 933);
  return names;
}

test('offline: files wait under a banner and upload by themselves when ImageKit is back', async ({
  dir,
  app: { page },
  emulator,
}) => {
  const names = await dunes(dir);
  const port = Number(new URL(emulator.origin).port);
  // ImageKit goes away before anything is sent: every upload finds the port closed.
  await emulator.close();
  await dropFiles(page, names);

  const banner = page.getByRole('status').filter({ hasText: 'Offline:' });
  await expect(banner).toHaveText(
    /Offline: 4 files waiting; they continue when the connection is back\./,
  );
  const rows = page.getByTestId('job-row');
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'ready');
  }
  await expect(page.getByTestId('batch-headline')).toContainText('0 of 4 uploaded');
  await page.screenshot({ path: screenshotPath('offline-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('offline-dark') });
  await page.emulateMedia({ colorScheme: 'light' });
  // Still waiting, not failing, a while later.
  await page.waitForTimeout(3_000);
  await expect(page.locator('[data-status="failed"]')).toHaveCount(0);

  const back = await startEmulator({ dataDir: join(dir, '.emulator'), port, ...EMULATOR_KEYS });
  try {
    for (const name of names) {
      await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
        timeout: 30_000,
      });
    }
    await expect(banner).toHaveCount(0);
    const stored = back.files().map((f) => f.name);
    expect(stored).toHaveLength(names.length * 2);
    expect(new Set(stored).size).toBe(stored.length);
  } finally {
    await back.close();
  }
});

test('Pause all stops new uploads and Resume all finishes the batch, each file once', async ({
  dir,
  app: { page },
  emulator,
}) => {
  const names = await dunes(dir);
  emulator.setFaults({ latencyMs: 1_200 });
  await dropFiles(page, names);
  const rows = page.getByTestId('job-row');
  await expect(page.locator('[data-status="uploading"]').first()).toBeVisible();

  await page.getByRole('button', { name: 'Pause all' }).click();
  await expect(page.getByTestId('batch-headline')).toContainText('Paused:');
  await expect(page.getByRole('button', { name: 'Resume all' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause all' })).toHaveCount(0);
  await expect(page.locator('[data-status="uploading"]')).toHaveCount(0);
  await expect(page.locator('[data-status="processing"]')).toHaveCount(0);
  // Requests already sent may land; after that nothing new starts while paused.
  await page.waitForTimeout(1_500);
  const requests = emulator.stats().requests;
  await page.waitForTimeout(2_000);
  expect(emulator.stats().requests).toBe(requests);
  await expect(page.locator('[data-status="uploading"]')).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('paused-light') });

  emulator.setFaults({});
  await page.getByRole('button', { name: 'Resume all' }).click();
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 30_000,
    });
  }
  await expect(page.getByTestId('batch-headline')).toHaveText('All 4 uploaded');
  const stored = emulator.files().map((f) => f.name);
  expect(stored).toHaveLength(names.length * 2);
  expect(new Set(stored).size).toBe(stored.length);
});
