import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { screenshotPath } from './harness/harness';
import { clipboard, writeScenes } from './upload-steps';

const NAMES = ['aster.jpg', 'birch.jpg', 'cedar.jpg', 'dahlia.jpg'];
const BROKEN = 'empty-frame.jpg';

const grid = (page: Page) => page.getByRole('grid', { name: 'Files' });
const rows = (page: Page) => page.getByRole('row');

/** Press Tab until `target` has the focus: proves it is reachable without a mouse. */
async function tabTo(page: Page, isTarget: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await isTarget()) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}.`);
}

const focused = (page: Page, testId: string) =>
  page.evaluate((id) => document.activeElement?.getAttribute('data-testid') === id, testId);

test('keyboard only: add through the menu, move with the arrows, copy links, delete rows', async ({
  app,
  dir,
  emulator,
}) => {
  const { page } = app;
  await writeScenes(dir, NAMES);
  // Not an image: its row fails, and a failed row is finished, so Delete may remove it.
  await writeFile(join(dir, BROKEN), 'not a picture');
  app.nextPick = [...NAMES, BROKEN].map((n) => join(dir, n));
  await app.menu('add-files');

  const jobRows = page.getByTestId('job-row');
  await expect(jobRows).toHaveCount(NAMES.length + 1);
  for (const name of NAMES) {
    await expect(jobRows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  await expect(jobRows.filter({ hasText: BROKEN })).toHaveAttribute('data-status', 'failed');

  // Into the list with Tab; the keyboard lands on the first row.
  await page.locator('body').focus();
  await tabTo(page, () => focused(page, 'job-list'), 'the file list');
  await expect(grid(page)).toHaveAttribute('aria-activedescendant', /^job-row-/);

  // Home selects the first row; Shift+Down twice extends the selection to three.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  const selected = rows(page).and(page.locator('[aria-selected="true"]'));
  await expect(selected).toHaveCount(3);
  await expect(page.getByTestId('selection-count')).toHaveText('3 files selected');
  await expect(selected.nth(0)).toContainText(NAMES[0] as string);
  await expect(selected.nth(2)).toContainText(NAMES[2] as string);
  await page.screenshot({ path: screenshotPath('keyboard-selection-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('keyboard-selection-dark') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Ctrl+C copies the three main image links, in list order.
  await page.keyboard.press('Control+C');
  await expect(page.getByText('Copied 3 links.')).toBeVisible();
  const copied = (await clipboard(page)).split('\n');
  expect(copied).toHaveLength(3);
  for (const [i, link] of copied.entries()) {
    expect(link.startsWith(emulator.urlEndpoint)).toBe(true);
    expect(link).toContain((NAMES[i] as string).replace('.jpg', ''));
    expect(link).toMatch(/\.webp$/);
  }

  // Delete removes the selected rows; the other two stay, and nothing left ImageKit.
  const storedBefore = emulator.files().length;
  await page.keyboard.press('Delete');
  await expect(jobRows).toHaveCount(2);
  await expect(page.getByText('Removed 3 rows from the list.')).toBeVisible();
  expect(emulator.files()).toHaveLength(storedBefore);
  await expect(grid(page)).toBeFocused();

  // End goes to the failed row; Delete removes it too.
  await page.keyboard.press('End');
  await expect(selected).toHaveCount(1);
  await expect(selected).toContainText(BROKEN);
  await page.keyboard.press('Delete');
  await expect(jobRows).toHaveCount(1);

  // Tab from the list goes to the active row's own buttons (its alt text first, then its
  // actions); Enter presses them.
  await page.keyboard.press('ArrowUp');
  await expect(selected).toContainText(NAMES[3] as string);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Add alt text to ${NAMES[3]}` })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: `Copy link to ${NAMES[3]}` })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await clipboard(page)).toMatch(new RegExp(`${NAMES[3]?.replace('.jpg', '')}.*\\.webp$`));
  // The arrows bring the focus back to the list.
  await page.keyboard.press('ArrowUp');
  await expect(grid(page)).toBeFocused();

  // Escape clears the selection.
  await page.keyboard.press('Escape');
  await expect(selected).toHaveCount(0);
});

test('menu commands and Escape: settings, shortcuts, views; focus moves in and comes back', async ({
  app,
}) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Add images…' }).first().focus();

  // File → Settings opens the drawer with the focus inside; Escape closes it and returns focus.
  await app.menu('settings');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  expect(await settings.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  // Tab stays inside the open drawer.
  for (let i = 0; i < 30; i++) await page.keyboard.press('Tab');
  expect(await settings.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(page.getByRole('button', { name: 'Add images…' }).first()).toBeFocused();
  // Escape still closes it when the focus fell to the page (a button it was on became disabled).
  await app.menu('settings');
  await expect(settings).toBeVisible();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();

  // Help → Keyboard Shortcuts, and ? from the page, show the list; Escape closes it.
  await app.menu('shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts).toBeVisible();
  await expect(shortcuts).toContainText('Copy the links of the selected files');
  await expect(shortcuts.getByText('Ctrl+Shift+O')).toBeVisible();
  await page.screenshot({ path: screenshotPath('keyboard-shortcuts-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('keyboard-shortcuts-dark') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();
  await page.keyboard.press('?');
  await expect(shortcuts).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(shortcuts).toBeHidden();

  // View → History / Library / Uploads.
  for (const [command, tab] of [
    ['show-history', 'History'],
    ['show-library', 'Library'],
    ['show-uploads', 'Uploads'],
  ] as const) {
    await app.menu(command);
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }
});

test('the mouse selects too: click, Ctrl+click, Shift+click, and the selection bar acts on it', async ({
  app,
  dir,
}) => {
  const { page } = app;
  await writeScenes(dir, NAMES);
  app.nextPick = NAMES.map((n) => join(dir, n));
  await app.menu('add-files');
  const jobRows = page.getByTestId('job-row');
  for (const name of NAMES) {
    await expect(jobRows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  const selected = rows(page).and(page.locator('[aria-selected="true"]'));
  const nameOf = (name: string) => page.getByText(name, { exact: true });
  await nameOf(NAMES[0] as string).click();
  await expect(selected).toHaveCount(1);
  await nameOf(NAMES[2] as string).click({ modifiers: ['Control'] });
  await expect(selected).toHaveCount(2);
  await nameOf(NAMES[3] as string).click({ modifiers: ['Shift'] });
  // The range runs from the last Ctrl+click (the third row) to the fourth.
  await expect(selected).toHaveCount(2);
  await expect(selected.nth(0)).toContainText(NAMES[2] as string);
  // A row's own button only presses the button.
  await page.getByRole('button', { name: `Copy link to ${NAMES[0]}` }).click();
  await expect(selected).toHaveCount(2);

  const bar = page.getByRole('toolbar', { name: 'Selected files' });
  await bar.getByRole('button', { name: 'Copy links' }).click();
  expect((await clipboard(page)).split('\n')).toHaveLength(2);
  await bar.getByRole('button', { name: 'Remove from list' }).click();
  await expect(jobRows).toHaveCount(2);
  await expect(bar).toBeHidden();
});
