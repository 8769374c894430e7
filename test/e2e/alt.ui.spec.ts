import { expect, test } from './fixtures';
import { clipboard, dismissNotices, writeScenes } from './upload-steps';
import { expectNoAxeViolationsAndShoot } from './axe';
import { dropFiles, screenshotPath } from './harness/harness';
import { strings } from '../../src/shared/strings';

const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg'];

test('alt text: on a row, through Set alt text… for a selection, counted until each file has one, and sent and copied', async ({
  open,
  connected,
  dir,
  emulator,
}) => {
  const harness = await open({
    ...connected,
    settings: { ...connected.settings, upload: { autoUpload: false } },
  });
  const { page } = harness;
  await writeScenes(dir, NAMES);
  await dropFiles(page, [...NAMES]);
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(3);
  for (const name of NAMES) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'ready', {
      timeout: 60_000,
    });
  }
  const missing = page.getByTestId('missing-alt');
  await expect(missing).toHaveText(strings.alt.missing(3));
  await expect(rows.first().getByTestId('alt-line')).toContainText(strings.alt.none);

  // One row: its own button.
  await page.getByRole('button', { name: 'Add alt text to harbour-at-dusk.jpg' }).click();
  const dialog = page.getByRole('dialog', { name: 'Alt text' });
  await expect(dialog.getByLabel('Alt text', { exact: true })).toBeFocused();
  await dialog.getByLabel('Alt text', { exact: true }).fill('A harbour at dusk, boats moored');
  await expectNoAxeViolationsAndShoot(
    page,
    'the alt text dialog',
    screenshotPath('alt-dialog-light'),
    screenshotPath('alt-dialog-dark'),
  );
  await dialog.getByRole('button', { name: 'Save alt text' }).click();
  await expect(dialog).toHaveCount(0);
  const harbour = rows.filter({ hasText: 'harbour-at-dusk.jpg' });
  await expect(harbour.getByTestId('alt-line')).toContainText('A harbour at dusk, boats moored');
  await expect(missing).toHaveText(strings.alt.missing(2));

  // Two rows at once: select them, then Set alt text….
  await page.getByText('night-lake.jpg', { exact: true }).click();
  await page.getByText('desert-road.jpg', { exact: true }).click({ modifiers: ['Control'] });
  await expect(page.getByTestId('selection-count')).toHaveText('2 files selected');
  await page.getByRole('button', { name: 'Set alt text…' }).click();
  const several = page.getByRole('dialog', { name: 'Alt text for 2 files' });
  await several.getByLabel(/^Decorative/).check();
  await expect(several.getByLabel('Alt text', { exact: true })).toBeDisabled();
  await several.getByRole('button', { name: 'Save alt text' }).click();
  await expect(rows.filter({ hasText: 'night-lake.jpg' }).getByTestId('alt-line')).toContainText(
    strings.alt.decorative,
  );
  await expect(missing).toHaveCount(0);
  await dismissNotices(page);
  await expectNoAxeViolationsAndShoot(
    page,
    'rows with alt text',
    screenshotPath('alt-rows-light'),
    screenshotPath('alt-rows-dark'),
  );

  // Uploaded: ImageKit has the alt text as each variant's description.
  await page.getByRole('button', { name: 'Upload 3' }).click();
  for (const name of NAMES) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  const described = emulator.files().filter((f) => f.name.startsWith('harbour-at-dusk'));
  expect(described.map((f) => f.description)).toEqual([
    'A harbour at dusk, boats moored',
    'A harbour at dusk, boats moored',
  ]);

  // History keeps it; its HTML copy uses it (empty for decorative), and an edit there goes to
  // ImageKit through update file details.
  await page.getByRole('tab', { name: 'History' }).click();
  const entry = page.getByTestId('history-row').filter({ hasText: 'harbour-at-dusk.jpg' });
  await expect(entry.getByTestId('alt-line')).toContainText('A harbour at dusk, boats moored');
  await page.getByRole('button', { name: 'Select all 3' }).click();
  await page.getByRole('button', { name: 'Copy selected as HTML' }).click();
  await expect.poll(() => clipboard(page)).toContain('alt="A harbour at dusk, boats moored">');
  expect(await clipboard(page)).toContain('alt="">');
  await page.getByRole('button', { name: 'Edit alt text of harbour-at-dusk.jpg' }).click();
  const edit = page.getByRole('dialog', { name: 'Alt text' });
  await expect(edit.getByLabel('Alt text', { exact: true })).toHaveValue(
    'A harbour at dusk, boats moored',
  );
  await edit.getByLabel('Alt text', { exact: true }).fill('Fishing boats in a harbour at dusk');
  await edit.getByRole('button', { name: 'Save alt text' }).click();
  await expect(entry.getByTestId('alt-line')).toContainText('Fishing boats in a harbour at dusk');
  await expect
    .poll(() =>
      emulator
        .files()
        .filter((f) => f.name.startsWith('harbour-at-dusk'))
        .map((f) => f.description),
    )
    .toEqual(['Fishing boats in a harbour at dusk', 'Fishing boats in a harbour at dusk']);
});
