import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';
import { writeScenes } from './upload-steps';

const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg'];

test('Dropping files asks where they go: a recent folder is one click, rows say where each went', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  const harness = await open({
    ...connected,
    settings: {
      ...connected.settings,
      upload: {
        folder: '/inbox',
        tags: ['draft'],
        askDestination: true,
        recentFolders: ['/spring-shoot', '/blog/2026'],
      },
    },
  });
  const { page } = harness;

  // Esc cancels: nothing is added.
  await dropFiles(page, NAMES);
  const chooser = page.getByRole('dialog', { name: 'Where should these files go?' });
  await expect(chooser).toBeVisible();
  await expect(chooser.getByLabel('Folder on ImageKit')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(chooser).toBeHidden();
  await expect(page.getByTestId('job-row')).toHaveCount(0);

  // The cancelled drop never touched the files; from here on they are read.
  await writeScenes(dir, NAMES);
  await dropFiles(page, NAMES);
  await expect(chooser).toBeVisible();
  await expect(chooser.getByLabel('Folder on ImageKit')).toHaveValue('/inbox');
  await expect(chooser.getByLabel('Tags', { exact: true })).toHaveValue('draft');
  await chooser.getByRole('button', { name: '/spring-shoot' }).click();
  await expect(chooser.getByLabel('Folder on ImageKit')).toHaveValue('/spring-shoot');
  await expect(chooser.getByRole('button', { name: '/spring-shoot' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await chooser.getByLabel('Tags', { exact: true }).fill('spring, catalogue');
  await page.screenshot({ path: screenshotPath('destination-chooser-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('destination-chooser-dark') });
  await page.emulateMedia({ colorScheme: 'light' });
  // Enter confirms.
  await chooser.getByLabel('Tags', { exact: true }).press('Enter');
  await expect(chooser).toBeHidden();

  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(NAMES.length);
  for (const name of NAMES) {
    const row = rows.filter({ hasText: name });
    await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(row.getByTestId('job-folder')).toHaveText('in /spring-shoot · ');
  }
  await page.screenshot({ path: screenshotPath('destination-rows-light') });

  const stored = emulator.files();
  expect(stored).toHaveLength(NAMES.length * 2);
  expect(stored.every((f) => f.filePath.startsWith('/spring-shoot/'))).toBe(true);
  expect(stored.every((f) => f.tags?.includes('spring') && f.tags.includes('catalogue'))).toBe(
    true,
  );
  const history = harness.history.query({}).entries;
  expect(history.map((e) => e.folder)).toEqual(['/spring-shoot', '/spring-shoot']);
  const settings = await harness.service.getSettings();
  expect(settings.upload.recentFolders[0]).toBe('/spring-shoot');
  expect(settings.upload.folder).toBe('/inbox');
});

test('The naming template previews live, refuses unknown fields, and a clash is said before upload', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  // Same width, same folder: without {hash} both would be stored under one name.
  for (const [i, name] of NAMES.entries())
    await writeFile(join(dir, name), await landscapeJpeg(i, 1600, 1000));
  const harness = await open({ ...connected });
  const { page } = harness;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const template = drawer.getByLabel('Naming template');
  await expect(template).toHaveValue('{name}-{hash}');
  await expect(drawer.getByTestId('name-preview')).toHaveText('img-2041-3f9a1c2b.webp');

  await template.fill('{parent}-{widht}');
  await expect(
    drawer.getByText('The naming template uses {widht}, which is not a field.'),
  ).toBeVisible();
  await expect(drawer.getByRole('button', { name: 'Save names' })).toBeDisabled();

  await template.fill('{parent}-{width}x{height}');
  await expect(drawer.getByTestId('name-preview')).toHaveText('spring-shoot-4032x3024.webp');
  await expect(drawer.getByTestId('name-preview-warning')).toContainText(
    'two different files can get the same name',
  );
  await drawer.getByTestId('name-preview').scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('naming-preview-light') });
  await drawer.getByRole('button', { name: 'Save names' }).click();
  await expect
    .poll(async () => (await harness.service.getSettings()).upload.nameTemplate)
    .toBe('{parent}-{width}x{height}');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await dropFiles(page, NAMES);
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(2);
  const done = page.locator('[data-testid="job-row"][data-status="done"]');
  const failed = page.locator('[data-testid="job-row"][data-status="failed"]');
  await expect(done).toHaveCount(1, { timeout: 60_000 });
  await expect(failed).toHaveCount(1);
  const stem = basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  await expect(failed.getByRole('alert')).toContainText(
    `would be stored as ${stem}-1600x1000.webp. Nothing was uploaded. Add {hash} to the naming template in Settings`,
  );
  await page.screenshot({ path: screenshotPath('naming-clash-light') });
  // Only the first file's two variants reached ImageKit.
  expect(emulator.files()).toHaveLength(2);
});
