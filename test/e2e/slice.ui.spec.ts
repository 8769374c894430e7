import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { landscapeJpeg, logoPng } from '../support/scenes';

test('dropped and picked files list with sizes and dimensions, bad ones with a sentence', async ({
  dir,
  open,
}) => {
  for (const [i, name] of ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg'].entries()) {
    await writeFile(join(dir, name), await landscapeJpeg(i));
  }
  await writeFile(join(dir, 'brand-logo.png'), await logoPng());
  await writeFile(join(dir, 'empty.jpg'), '');
  await writeFile(join(dir, 'notes.jpg'), 'Meeting notes: pick the hero image by Friday.\n');
  await writeFile(join(dir, 'huge.jpg'), Buffer.alloc(3_500_000, 1));
  await mkdir(join(dir, 'album.jpg'));
  await symlink('/etc/hostname', join(dir, 'shortcut.jpg'));
  const harness = await open({ maxInputBytes: 3_000_000 });
  const { page } = harness;
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  await page.screenshot({ path: screenshotPath('empty-light') });

  await dropFiles(page, [
    'harbour-at-dusk.jpg',
    'night-lake.jpg',
    'desert-road.jpg',
    'brand-logo.png',
    'empty.jpg',
    'notes.jpg',
    'huge.jpg',
    'shortcut.jpg',
  ]);
  // A folder named like a photo and a file that is gone, through the (stand-in) native picker.
  harness.nextPick = [join(dir, 'album.jpg'), join(dir, 'missing.jpg')];
  await page.getByRole('button', { name: 'Add images…' }).click();

  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(10);
  const row = (name: string) => rows.filter({ hasText: name });

  // Good files: processed (no connection yet), with source size and dimensions and both variants.
  for (const name of ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg']) {
    await expect(row(name)).toHaveAttribute('data-status', 'ready');
    await expect(row(name)).toContainText('2400 × 1600 · JPEG');
    await expect(row(name)).toContainText(/WebP 800 × 533/);
    await expect(row(name)).toContainText(/PNG 50 × 33/);
  }
  await expect(row('brand-logo.png')).toContainText('600 × 600 · PNG');
  await expect(row('brand-logo.png')).toHaveAttribute('data-status', 'ready');

  // Bad files: each fails alone with a sentence, and says nothing was uploaded or what to do.
  const failures: Record<string, RegExp> = {
    'empty.jpg': /empty/i,
    'notes.jpg': /not an image/i,
    'huge.jpg': /more than the 3.0 MB limit/,
    'shortcut.jpg': /link|shortcut/i,
    'album.jpg': /folder/i,
    'missing.jpg': /not found|does not exist|no longer|cannot find|can't find|moved or deleted/i,
  };
  for (const [name, message] of Object.entries(failures)) {
    await expect(row(name)).toHaveAttribute('data-status', 'failed');
    await expect(row(name).getByRole('alert')).toHaveText(message);
    await expect(row(name)).not.toContainText(/Error:|at .*\.ts:\d+/);
  }
  await expect(page.getByText('Connect to ImageKit to upload.')).toBeVisible();
  await expect(page.getByRole('tab', { name: /Failed/ })).toContainText('6');
  await page.screenshot({ path: screenshotPath('slice-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('slice-dark') });

  // The Failed tab narrows the list to what needs attention.
  await page.getByRole('tab', { name: /Failed/ }).click();
  await expect(rows).toHaveCount(6);
  await page.screenshot({ path: screenshotPath('failed-dark') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('tab', { name: /All/ }).click();

  // Previews are the real thumbnails, drawn at their real size.
  const preview = row('night-lake.jpg').locator('.preview img');
  await expect(preview).toHaveAttribute('src', /^data:image\/png;base64,/);
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(50);
});
