import type { Page } from '@playwright/test';
import { LIBRARY_SEARCH_MAX } from '../../src/shared/limits';
import { expect, test } from './fixtures';
import { screenshotPath, type Harness } from './harness/harness';
import { clipboard, dropAndUpload, dismissNotices } from './upload-steps';

const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg'];
const FOLDER = '/products';

const cards = (page: Page) => page.getByTestId('library-card');
async function uploadThroughTheApp(dir: string, harness: Harness): Promise<void> {
  await dropAndUpload(dir, harness, NAMES);
}

test('Library: thumbnails from the URL endpoint, search, copy a link, delete with confirmation', async ({
  dir,
  open,
  emulator: emu,
  connected,
}) => {
  const harness = await open({
    ...connected,
    settings: { ...connected.settings, upload: { folder: FOLDER, tags: [] } },
  });
  const { page } = harness;
  await uploadThroughTheApp(dir, harness);
  // Each upload stored two files (the main image and its small thumbnail).
  const stored = emu.files();
  expect(stored).toHaveLength(NAMES.length * 2);

  await page.getByRole('tab', { name: 'Library' }).click();
  await expect(page.getByRole('tab', { name: 'Library' })).toHaveAttribute('aria-selected', 'true');
  await expect(cards(page)).toHaveCount(stored.length);
  await expect(page.getByRole('list', { name: `Files in ${FOLDER}` })).toBeVisible();

  // Every thumbnail is a transformation URL on the URL endpoint, and loads under the page's policy.
  const images = cards(page).locator('img');
  for (let i = 0; i < stored.length; i++) {
    const img = images.nth(i);
    expect(await img.getAttribute('src')).toMatch(
      new RegExp(`^${emu.urlEndpoint}${FOLDER}/.+\\?tr=w-200,h-200,c-at_max$`),
    );
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth))
      .toBeGreaterThan(0);
  }
  const main = stored.find((f) => f.name.startsWith('night-lake') && f.name.endsWith('.webp'));
  if (!main) throw new Error('the main image of night-lake.jpg was not stored');
  const card = cards(page).filter({ hasText: main.name });
  await expect(card).toContainText(`${main.width} × ${main.height}`);

  // Search: names that begin with the text, after a pause in typing.
  const search = page.getByRole('searchbox', { name: `Search names in ${FOLDER}` });
  // The box takes no more than main accepts.
  await expect(search).toHaveAttribute('maxlength', String(LIBRARY_SEARCH_MAX));
  await search.fill('night');
  await expect(cards(page)).toHaveCount(2);
  for (const text of await cards(page).allTextContents()) expect(text).toContain('night-lake');
  await search.fill('nothing-like-this');
  await expect(page.getByTestId('library-empty')).toHaveText(
    'No file in this folder has a name that begins with that.',
  );
  await search.fill('');
  await expect(cards(page)).toHaveCount(stored.length);

  // Copy a link, in the same forms History uses.
  await page.getByRole('button', { name: `Copy link of ${main.name}` }).click();
  await expect.poll(() => clipboard(page)).toBe(main.url);
  await page.getByLabel('Copy links as').selectOption('markdown');
  await page.getByRole('button', { name: `Copy link of ${main.name}` }).click();
  await expect.poll(() => clipboard(page)).toBe(`![${main.name}](${main.url})`);
  await page.getByLabel('Copy links as').selectOption('html');
  await page.getByRole('button', { name: `Copy link of ${main.name}` }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      `<img src="${main.url}" width="${main.width}" height="${main.height}" alt="${main.name}">`,
    );
  await page.getByLabel('Copy links as').selectOption('url');

  await dismissNotices(page);
  await page.screenshot({ path: screenshotPath('library-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('library-dark') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Delete asks first, naming the file; Keep leaves it alone.
  await page.getByRole('button', { name: `Delete ${main.name}` }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog.getByRole('heading')).toHaveText(
    `Delete ${main.name} from ImageKit? This cannot be undone.`,
  );
  await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
  await page.screenshot({ path: screenshotPath('library-delete-light') });
  await dialog.getByRole('button', { name: 'Keep' }).click();
  await expect(dialog).toHaveCount(0);
  expect(emu.files().map((f) => f.fileId)).toContain(main.fileId);

  await page.getByRole('button', { name: `Delete ${main.name}` }).click();
  await dialog.getByRole('button', { name: 'Delete from ImageKit' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Deleted ${main.name} from ImageKit.` }),
  ).toBeVisible();
  await expect(card).toHaveCount(0);
  await expect(cards(page)).toHaveCount(stored.length - 1);
  expect(emu.files().map((f) => f.fileId)).not.toContain(main.fileId);
  expect((await fetch(main.url)).status).toBe(404);

  // A fresh load agrees: the file is gone from ImageKit, not just from the page.
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(cards(page)).toHaveCount(stored.length - 1);
});

test('Library: says it needs the private key instead of failing', async ({ open, connected }) => {
  const harness = await open({ settings: connected.settings });
  await harness.page.getByRole('tab', { name: 'Library' }).click();
  const alert = harness.page.getByRole('alert');
  await expect(alert).toContainText(
    'The Library needs the private key. Add it in Settings, then open the Library again.',
  );
  await expect(harness.page.getByTestId('library-card')).toHaveCount(0);
});
