import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMULATOR_KEYS, expect, test } from './fixtures';
import { dismissNotices } from './upload-steps';
import { dropFiles, screenshotPath } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';

const PRIVATE_KEY = EMULATOR_KEYS.privateKey;
const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg', 'meadow.jpg'];

test('set up the connection in Settings, then a dropped batch uploads', async ({
  dir,
  open,
  emulator: emu,
}) => {
  for (const [i, name] of NAMES.entries()) await writeFile(join(dir, name), await landscapeJpeg(i));
  const harness = await open();
  const { page } = harness;
  await page.getByRole('button', { name: 'Open settings' }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });

  // A bad address is refused with a sentence, and nothing is saved.
  await drawer.getByText('Advanced: other servers').click();
  await drawer.getByLabel('Upload URL').fill('http://uploads.example.com/api');
  await drawer.getByRole('button', { name: 'Save connection' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Upload URL must be an https:// address' }),
  ).toBeVisible();

  await drawer.getByLabel('Upload URL').fill(emu.uploadUrl);
  await drawer.getByLabel('API URL').fill(emu.apiUrl);
  await drawer.getByLabel('URL endpoint').fill(emu.urlEndpoint);
  await drawer.getByLabel('Public key').fill('public_e2e');
  await drawer.getByRole('button', { name: 'Save connection' }).click();
  await expect(drawer.getByRole('button', { name: 'Save connection' })).toBeDisabled();

  // The key goes to main and never comes back to the page.
  await drawer.getByLabel('Private key', { exact: true }).fill(PRIVATE_KEY);
  await drawer.getByRole('button', { name: 'Save key' }).click();
  await expect(drawer.getByLabel('Private key', { exact: true })).toHaveValue('');
  await expect(drawer.getByText(/A key is saved, encrypted/)).toBeVisible();
  const settings = await page.evaluate(() => window.uploader.getSettings());
  expect(JSON.stringify(settings)).not.toContain(PRIVATE_KEY);

  await drawer.getByRole('button', { name: 'Test connection' }).click();
  await expect(
    drawer.getByRole('status').filter({ hasText: 'the private key works' }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('settings-light') });
  await drawer.getByRole('button', { name: 'Close settings' }).click();

  await dropFiles(page, NAMES);
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(NAMES.length);
  for (const name of NAMES) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  await expect(page.getByTestId('batch-headline')).toHaveText(`All ${NAMES.length} uploaded`);
  await expect(page.getByRole('progressbar', { name: 'Batch progress' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  expect(emu.files()).toHaveLength(NAMES.length * 2);
  // Clear the messages from setting up, for a clean picture of the finished batch.
  await dismissNotices(page);
  await page.screenshot({ path: screenshotPath('uploaded-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('uploaded-dark') });

  // "Copy 4 links" puts every main image link on the clipboard, one per line, in list order.
  await page.getByRole('button', { name: `Copy ${NAMES.length} links` }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')).toHaveLength(NAMES.length);
  expect(copied.split('\n')[0]).toMatch(/\/harbour-at-dusk-[0-9a-f]+\.webp$/);

  // "Open" hands an allowlisted link (under the URL endpoint) to the OS, and it serves the file.
  await rows
    .filter({ hasText: 'night-lake.jpg' })
    .getByRole('button', { name: 'Open night-lake.jpg' })
    .click();
  await expect.poll(() => harness.opened.length).toBe(1);
  const link = harness.opened[0] as string;
  expect(link.startsWith(emu.urlEndpoint)).toBe(true);
  const served = await fetch(link);
  expect(served.headers.get('content-type')).toBe('image/webp');
});
