import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { HistoryEntry } from '../../src/shared/history';
import { historyEntry } from '../support/history-entries';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { dropAndUpload, writeScenes, dismissNotices } from './upload-steps';

const SCHEMES = ['light', 'dark'] as const;
const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg'];
const LONG = 300;

/** axe on the page as it stands, in the light and then the dark colour scheme. */
async function checkBothSchemes(page: Page, screen: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await expectNoAxeViolations(page, `${screen} (${colorScheme})`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/** `count` small distinct JPEGs in a new folder under dir; returns the folder. */
async function writeShoot(dir: string, count: number): Promise<string> {
  const folder = join(dir, 'shoot');
  await mkdir(folder);
  for (let i = 0; i < count; i++) {
    const hue = Math.round((i / count) * 255);
    const jpeg = await sharp({
      create: { width: 96, height: 64, channels: 3, background: { r: hue, g: 90, b: 255 - hue } },
    })
      .jpeg()
      .toBuffer();
    await writeFile(join(folder, `shoot-${String(i).padStart(3, '0')}.jpg`), jpeg);
  }
  return folder;
}

test('axe: the empty window, before and after connecting', async ({ open, connected }) => {
  const first = await open();
  await expect(first.page.getByText('Drop images or folders here')).toBeVisible();
  await checkBothSchemes(first.page, 'empty window, not connected');

  const { page } = await open(connected);
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  await checkBothSchemes(page, 'empty window');

  // Help → Keyboard Shortcuts (here through its key, ?).
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await checkBothSchemes(page, 'keyboard shortcuts');
});

test('axe: a long list of done, failed, stopped and waiting files', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  test.setTimeout(240_000);
  const harness = await open(connected);
  const { page } = harness;
  await dropAndUpload(dir, harness, NAMES);
  await writeFile(join(dir, 'empty.jpg'), '');
  await writeFile(join(dir, 'notes.jpg'), 'Meeting notes: pick the hero image by Friday.\n');
  await dropFiles(page, ['empty.jpg', 'notes.jpg']);
  const rows = page.getByTestId('job-row');
  await expect(page.locator('[data-testid="job-row"][data-status="failed"]')).toHaveCount(2);

  // Slow answers keep the folder's files in flight: long enough to look at them, stop one and
  // pause the rest.
  const folder = await writeShoot(dir, LONG);
  emulator.setFaults({ latencyMs: 15_000 });
  harness.nextPick = [folder];
  await page.getByRole('button', { name: 'Add folder…' }).click();
  const uploading = page.locator('[data-testid="job-row"][data-status="uploading"]').first();
  await expect(uploading).toBeVisible({ timeout: 60_000 });
  await checkBothSchemes(page, 'long list, uploading');
  await uploading.getByRole('button', { name: /^Stop / }).click();
  await expect(page.locator('[data-testid="job-row"][data-status="cancelled"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Pause all' }).click();
  await expect(page.getByTestId('batch-headline')).toContainText('Paused:');
  await expect(page.getByRole('tab', { name: /All/ })).toContainText(String(LONG + 5));
  for (const status of ['done', 'failed', 'cancelled']) {
    await expect(page.locator(`[data-testid="job-row"][data-status="${status}"]`)).not.toHaveCount(
      0,
    );
  }
  await page.screenshot({ path: screenshotPath('a11y-long-list-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('a11y-long-list-dark') });
  await checkBothSchemes(page, 'long list, top');

  // Rows selected from the keyboard: the grid, its selected rows and the selection bar.
  await page.getByRole('grid', { name: 'Files' }).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(page.getByTestId('selection-count')).toHaveText('3 files selected');
  await checkBothSchemes(page, 'long list, three rows selected');

  // The end of the list: files still waiting their turn.
  await rows.first().hover();
  await page.mouse.wheel(0, 1_000_000);
  await expect(rows.filter({ hasText: `shoot-${LONG - 1}.jpg` })).toBeVisible();
  await checkBothSchemes(page, 'long list, end');
});

test('axe: the destination chooser', async ({ dir, open, connected }) => {
  await writeScenes(dir, NAMES);
  const { page } = await open({
    ...connected,
    settings: {
      ...connected.settings,
      upload: { folder: '/inbox', tags: ['draft'], askDestination: true, recentFolders: ['/blog'] },
    },
  });
  await dropFiles(page, NAMES);
  await expect(page.getByRole('dialog', { name: 'Where should these files go?' })).toBeVisible();
  await checkBothSchemes(page, 'destination chooser');
});

test('axe: Settings, every section, with the local server on', async ({ open, connected }) => {
  const { page } = await open(connected);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const integrations = drawer.getByRole('region', { name: 'Integrations' });
  await integrations.getByLabel('Port').fill('0');
  await integrations.getByLabel('Run the local upload server').check();
  await expect(integrations.getByRole('status').filter({ hasText: 'Listening on' })).toBeVisible();
  await integrations.getByRole('button', { name: 'Generate key' }).click();
  await dismissNotices(page);

  const sections = drawer.getByRole('region');
  const count = await sections.count();
  expect(count).toBeGreaterThanOrEqual(5);
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    await section.scrollIntoViewIfNeeded();
    const label = (await section.getByRole('heading').first().textContent()) ?? `${i + 1}`;
    await checkBothSchemes(page, `Settings, ${label}`);
  }
  await integrations.getByLabel('Run the local upload server').uncheck();
});

test('axe: History with entries, then with a selection', async ({ dir, open, connected }) => {
  const harness = await open(connected);
  const { page } = harness;
  await dropAndUpload(dir, harness, NAMES);
  // Older entries share the real files' links, so every thumbnail loads.
  const real = harness.history.query({ limit: 10 }).entries;
  for (let i = 0; i < 20; i++) {
    const like = real[i % real.length] as HistoryEntry;
    const base = historyEntry({
      name: `archive-${String(i).padStart(2, '0')}.jpg`,
      folder: i % 2 === 0 ? '/archive' : '/blog',
      uploadedAt: Date.UTC(2026, 2, 1 + i, 12),
    });
    harness.history.record({ ...base, main: like.main, thumb: like.thumb });
  }
  await page.getByRole('tab', { name: 'History' }).click();
  const rows = page.getByTestId('history-row');
  await expect(page.getByTestId('history-count')).toHaveText('23 uploads');
  await checkBothSchemes(page, 'History');

  await rows.nth(0).getByRole('checkbox').click();
  await rows
    .nth(3)
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('history-count')).toHaveText('4 of 23 selected');
  await checkBothSchemes(page, 'History with a selection');
});

test('axe: the Library with files, then the delete confirmation', async ({
  dir,
  open,
  connected,
}) => {
  const harness = await open({
    ...connected,
    settings: { ...connected.settings, upload: { folder: '/products', tags: [] } },
  });
  const { page } = harness;
  await dropAndUpload(dir, harness, NAMES);
  await page.getByRole('tab', { name: 'Library' }).click();
  const cards = page.getByTestId('library-card');
  await expect(cards).toHaveCount(NAMES.length * 2);
  await expect
    .poll(() =>
      cards
        .locator('img')
        .evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);
  await dismissNotices(page);
  await checkBothSchemes(page, 'Library');

  await cards
    .first()
    .getByRole('button', { name: /^Delete / })
    .click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await checkBothSchemes(page, 'Library, delete confirmation');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Keep' }).click();
});
