import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dismissNotices } from './upload-steps';
import { expectNoAxeViolationsAndShoot } from './axe';
import { screenshotPath } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';
import { strings } from '../../src/shared/strings';

test('Settings → Watch folders: a picked folder is watched, what was there is offered, a new export uploads on its own', async ({
  open,
  connected,
  dir,
  emulator,
}) => {
  const exports = join(dir, 'Exports');
  await mkdir(exports);
  await writeFile(join(exports, 'before-1.jpg'), await landscapeJpeg(1, 900, 600));
  await writeFile(join(exports, 'before-2.jpg'), await landscapeJpeg(2, 900, 600));
  const harness = await open({ ...connected, watchSettleMs: 500 });
  const { page } = harness;
  await expect(page.getByTestId('watch-indicator')).toHaveCount(0);

  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const section = drawer.getByRole('region', { name: 'Watch folders' });
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByText(strings.watch.none)).toBeVisible();
  // The OS folder picker answers with the export folder.
  harness.nextPick = [exports];
  await section.getByRole('button', { name: 'Add folder…' }).click();
  const entry = section.getByTestId('watch-entry');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText(exports);
  await expect(entry.getByLabel('Watch', { exact: true })).toBeChecked();
  await expect(entry.getByText('Watching', { exact: true })).toBeVisible();
  // It starts with the Settings destination; this folder gets its own.
  await expect(entry.getByLabel('Uploads to')).toHaveValue('/');
  await entry.getByLabel('Uploads to').fill('/exports/web');
  await entry.getByLabel('Tags').fill('lightroom, web');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(entry.getByLabel('Uploads to')).toHaveValue('/exports/web');
  // A refused folder name is said in one sentence, and nothing changes.
  await entry.getByLabel('Uploads to').fill('/exports/../secret');
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '..' })).toBeVisible();
  await entry.getByLabel('Uploads to').fill('/exports/web');

  await dismissNotices(page);
  await section.scrollIntoViewIfNeeded();
  await expectNoAxeViolationsAndShoot(
    page,
    'watch folders in Settings',
    screenshotPath('watch-settings-light'),
    screenshotPath('watch-settings-dark'),
  );
  await drawer.getByRole('button', { name: 'Close settings' }).click();

  // The header says a folder is watched; the images already there are offered once.
  const indicator = page.getByTestId('watch-indicator');
  await expect(indicator).toHaveText('Watching 1 folder');
  const offer = page.getByTestId('watch-offer');
  await expect(offer).toContainText('2 images were already in Exports when watching started.');
  await expectNoAxeViolationsAndShoot(
    page,
    'the watch offer',
    screenshotPath('watch-offer-light'),
    screenshotPath('watch-offer-dark'),
  );
  await offer.getByRole('button', { name: 'Leave them' }).click();
  await expect(offer).toHaveCount(0);

  // A new export uploads by itself, to the folder's own destination.
  await writeFile(join(exports, 'new-export.jpg'), await landscapeJpeg(3, 1200, 800));
  await expect(page.getByText('new-export.jpg')).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => emulator.files().filter((f) => f.filePath.startsWith('/exports/web/')).length, {
      timeout: 30_000,
    })
    .toBe(2);
  expect(emulator.files().every((f) => f.tags.includes('lightroom'))).toBe(true);
  // Nothing that was there before went up.
  expect(emulator.files().some((f) => f.name.startsWith('before-'))).toBe(false);

  // Switched off: the header says nothing; removed: the list is empty.
  await indicator.click();
  await section.scrollIntoViewIfNeeded();
  await entry.getByLabel('Watch', { exact: true }).uncheck();
  await expect(entry.getByText('Off', { exact: true })).toBeVisible();
  await expect(page.getByTestId('watch-indicator')).toHaveCount(0);
  await entry.getByRole('button', { name: 'Stop watching Exports and remove it' }).click();
  await expect(section.getByText(strings.watch.none)).toBeVisible();
});
