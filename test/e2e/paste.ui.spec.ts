import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { landscapeJpeg } from '../support/scenes';

/** A screenshot-like PNG: real pixels, as a screen capture tool puts them on the clipboard. */
async function screenshotPng(): Promise<Buffer> {
  const jpeg = await landscapeJpeg(2, 1440, 900);
  return sharp(jpeg).png().toBuffer();
}

test('Ctrl+V pastes image data: written once to pastes/, processed and uploaded', async ({
  open,
  connected,
  emulator,
  dir,
}) => {
  const stateDir = join(dir, 'user-data');
  const harness = await open({ ...connected, stateDir });
  const { page } = harness;
  const png = await screenshotPng();
  harness.clipboard.image = new Uint8Array(png);

  await page.locator('body').click();
  await page.keyboard.press('Control+V');

  const row = page.getByTestId('job-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(/paste-\d{8}-\d{6}\.png/);
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });

  // The clipboard's bytes were written once, to a file the pipeline then read.
  const pasted = await readdir(join(stateDir, 'pastes'));
  expect(pasted).toHaveLength(1);
  expect(pasted[0]).toMatch(/^paste-\d{8}-\d{6}\.png$/);
  expect(Buffer.compare(await readFile(join(stateDir, 'pastes', pasted[0] as string)), png)).toBe(
    0,
  );
  const stored = emulator.files().map((f) => f.name);
  expect(stored).toHaveLength(2);
  expect(stored.some((n) => /^paste-\d{8}-\d{6}.*\.webp$/.test(n))).toBe(true);
});

test('Ctrl+V adds copied image files; a clipboard without an image says so in one line', async ({
  open,
  connected,
  dir,
}) => {
  const harness = await open(connected);
  const { page } = harness;
  await page.locator('body').click();

  // Nothing on the clipboard: one notice, no row.
  await page.keyboard.press('Control+V');
  await expect(
    page.getByText('The clipboard holds no image. Copy an image or image files, then paste again.'),
  ).toBeVisible();
  await expect(page.getByTestId('job-row')).toHaveCount(0);

  // Files copied in the file manager arrive as their paths.
  for (const [i, name] of ['copied-a.jpg', 'copied-b.jpg'].entries()) {
    await writeFile(join(dir, name), await landscapeJpeg(i, 900, 600));
  }
  harness.clipboard.files = [join(dir, 'copied-a.jpg'), join(dir, 'copied-b.jpg')];
  harness.clipboard.image = new Uint8Array(await screenshotPng());
  await page.keyboard.press('Control+V');
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'copied-a.jpg' })).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });
  await expect(rows.filter({ hasText: 'copied-b.jpg' })).toHaveAttribute('data-status', 'done', {
    timeout: 60_000,
  });

  // Inside a text box, Ctrl+V is the text box's own paste: nothing is added.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const folder = page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('textbox', { name: 'Folder', exact: true });
  await folder.click();
  harness.clipboard.files = [];
  await page.keyboard.press('Control+V');
  await page.getByRole('button', { name: 'Close settings' }).click();
  await expect(rows).toHaveCount(2);
});
