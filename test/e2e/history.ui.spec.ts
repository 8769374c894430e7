import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { HistoryEntry } from '../../src/shared/history';
import { HISTORY_SEARCH_MAX } from '../../src/shared/limits';
import { historyEntry } from '../support/history-entries';
import { expect, test } from './fixtures';
import { screenshotPath, type Harness } from './harness/harness';
import { clipboard, dropAndUpload, dismissNotices } from './upload-steps';

const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg', 'meadow.jpg'];
const DAY = 86_400_000;

/** The service recorded each finished upload in the history, once, with its links. */
async function expectRecorded(harness: Harness): Promise<void> {
  const settings = await harness.service.getSettings();
  const { jobs } = await harness.service.getJobs();
  for (const job of jobs) {
    if (job.status !== 'done') throw new Error(`${job.file.name} did not upload`);
    const sha256 = createHash('sha256')
      .update(await readFile(job.file.path))
      .digest('hex');
    const found = harness.history.query({ search: job.file.name }).entries;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      source: job.file.path,
      sha256,
      folder: settings.upload.folder,
      main: { url: job.uploaded.main.url, fileId: job.uploaded.main.fileId },
      thumb: { url: job.uploaded.thumb.url, fileId: job.uploaded.thumb.fileId },
    });
  }
}

/** Older uploads in other folders, sharing the real files' links so their pictures load. */
function seedOlder(harness: Harness, count: number, start: number): void {
  const real = harness.history.query({ limit: 10 }).entries;
  for (let i = 0; i < count; i++) {
    const like = real[i % real.length] as HistoryEntry;
    const base = historyEntry({
      name: `archive-${String(i).padStart(2, '0')}.jpg`,
      folder: i % 2 === 0 ? '/archive' : '/blog',
      uploadedAt: start + i * DAY,
    });
    harness.history.record({ ...base, main: like.main, thumb: like.thumb });
  }
}

const rows = (page: Page) => page.getByTestId('history-row');
async function uploadForReal(dir: string, harness: Harness): Promise<void> {
  await dropAndUpload(dir, harness, NAMES);
  await expectRecorded(harness);
}

test('History: search, filter, select, copy in every format, export, open and remove', async ({
  dir,
  open,
  emulator: emu,
  connected,
}) => {
  const harness = await open(connected);
  const { page } = harness;
  await uploadForReal(dir, harness);
  const older = Date.UTC(2026, 2, 1, 12);
  seedOlder(harness, 10, older);
  const total = NAMES.length + 10;

  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByRole('tab', { name: 'History' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('history-count')).toHaveText(`${total} uploads`);
  // Newest first: the real uploads lead, the March archive follows.
  await expect(rows(page).first()).toContainText(/harbour-at-dusk|night-lake|desert-road|meadow/);
  await expect(rows(page).last()).toContainText('archive-');

  // Thumbnails come straight from the URL endpoint, which the page's policy allows.
  const thumb = rows(page).first().locator('img');
  await expect
    .poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(harness.history.query({ limit: 1 }).entries[0]?.thumb.width);

  // Search by name (case-insensitive), then by folder and by date.
  const search = page.getByRole('searchbox', { name: 'Search by name' });
  // The box takes no more than main accepts.
  await expect(search).toHaveAttribute('maxlength', String(HISTORY_SEARCH_MAX));
  await search.fill('HARBOUR');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('harbour-at-dusk.jpg');
  await search.fill('archive');
  await expect(page.getByTestId('history-count')).toHaveText('10 uploads');
  await page.getByLabel('Folder').selectOption('/blog');
  await expect(page.getByTestId('history-count')).toHaveText('5 uploads');
  await expect(page.getByLabel('Folder').locator('option')).toHaveText([
    'All folders',
    '/',
    '/archive',
    '/blog',
  ]);
  // archive-01 .. archive-09 (odd) are in /blog, one a day from March 2: keep the 3rd to the 6th.
  await page.getByLabel('From', { exact: true }).fill('2026-03-03');
  await page.getByLabel('To', { exact: true }).fill('2026-03-06');
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toContainText('archive-05.jpg');
  await expect(rows(page).nth(1)).toContainText('archive-03.jpg');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page.getByTestId('history-count')).toHaveText(`${total} uploads`);
  await expect(search).toHaveValue('');

  // Select one, then shift-click two rows down: three selected.
  await rows(page).nth(0).getByRole('checkbox').click();
  await rows(page)
    .nth(2)
    .getByRole('checkbox')
    .click({ modifiers: ['Shift'] });
  await expect(page.getByTestId('history-count')).toHaveText(`3 of ${total} selected`);
  const expected = harness.history.query({ limit: 3 }).entries;

  await page.getByRole('button', { name: 'Copy selected as URL' }).click();
  expect(await clipboard(page)).toBe(expected.map((e) => e.main.url).join('\n'));

  await page.getByRole('button', { name: 'Copy selected as Markdown' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(expected.map((e) => `![${e.name}](${e.main.url})`).join('\n'));

  await page.getByRole('button', { name: 'Copy selected as HTML' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      expected
        .map(
          (e) =>
            `<img src="${e.main.url}" width="${e.main.width}" height="${e.main.height}" alt="${e.name}">`,
        )
        .join('\n'),
    );

  // Responsive markup at the widths set in Settings; none wider than the stored main image.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const uploads = drawer.getByRole('region', { name: 'Uploads' });
  await uploads.getByLabel('Responsive widths (px)').fill('300, 600, 1200');
  await uploads.getByRole('button', { name: 'Save uploads' }).click();
  await expect(uploads.getByLabel('Responsive widths (px)')).toHaveValue('300, 600, 1200');
  await drawer.getByRole('button', { name: 'Close settings' }).click();
  await page.getByRole('button', { name: 'Copy selected as Responsive' }).click();
  await expect
    .poll(() => clipboard(page))
    .toBe(
      expected
        .map((e) => {
          const { url, width, height } = e.main;
          const candidates = [300, 600, 1200]
            .filter((w) => w < width)
            .map((w) => `${url}?tr=w-${w} ${w}w`);
          return (
            `<img src="${url}" srcset="${[...candidates, `${url} ${width}w`].join(', ')}" ` +
            `sizes="(max-width: ${width}px) 100vw, ${width}px" width="${width}" ` +
            `height="${height}" alt="${e.name}" loading="lazy" decoding="async">`
          );
        })
        .join('\n'),
    );
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await uploads.getByLabel('Responsive widths (px)').fill('400, 800');
  await uploads.getByRole('button', { name: 'Save uploads' }).click();
  await drawer.getByRole('button', { name: 'Close settings' }).click();

  await page.getByRole('button', { name: 'Copy selected as JSON' }).click();
  await expect.poll(async () => (await clipboard(page)).startsWith('{')).toBe(true);
  const lines = (await clipboard(page)).split('\n').map((l) => JSON.parse(l));
  expect(lines.map((l) => l.name)).toEqual(expected.map((e) => e.name));
  expect(lines[0]).toEqual({
    source: expected[0]?.source,
    name: expected[0]?.name,
    sha256: expected[0]?.sha256,
    folder: '/',
    uploadedAt: new Date(expected[0]?.uploadedAt ?? 0).toISOString(),
    main: {
      url: expected[0]?.main.url,
      width: expected[0]?.main.width,
      height: expected[0]?.main.height,
      bytes: expected[0]?.main.bytes,
    },
    thumb: {
      url: expected[0]?.thumb.url,
      width: expected[0]?.thumb.width,
      height: expected[0]?.thumb.height,
      bytes: expected[0]?.thumb.bytes,
    },
    srcset: `${expected[0]?.main.url}?tr=w-400 400w, ${expected[0]?.main.url} 800w`,
    alt: null,
    decorative: false,
    customMetadata: {},
  });
  // The copied links are the real files on the emulator.
  const served = await fetch(lines[0].main.url);
  expect(served.headers.get('content-type')).toBe('image/webp');

  // Clear the messages from copying, for a clean picture.
  await dismissNotices(page);
  await page.screenshot({ path: screenshotPath('history-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('history-dark') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Export the selection as CSV: a header row and the three rows, newest first.
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'CSV' }).click();
  await expect.poll(() => harness.saved.length).toBe(1);
  const csv = (await readFile(harness.saved[0] as string, 'utf8')).trim().split('\r\n');
  expect(csv[0]).toMatch(/^name,source,folder,uploadedAt,sha256,mainUrl/);
  expect(csv.slice(1).map((r) => r.split(',')[0])).toEqual(expected.map((e) => e.name));
  await expect(page.getByRole('status').filter({ hasText: 'Saved 3 uploads to' })).toBeVisible();

  // With nothing selected, export writes everything the filters match, as a JSON manifest.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByLabel('Folder').selectOption('/archive');
  await expect(page.getByTestId('history-count')).toHaveText('5 uploads');
  await page.getByRole('group', { name: 'Export' }).getByRole('button', { name: 'JSON' }).click();
  await expect.poll(() => harness.saved.length).toBe(2);
  const manifest = JSON.parse(await readFile(harness.saved[1] as string, 'utf8'));
  expect(manifest).toHaveLength(5);
  expect(manifest.every((m: { folder: string }) => m.folder === '/archive')).toBe(true);

  // Select all matching, then leave one out.
  await page.getByRole('button', { name: 'Select all 5' }).click();
  await expect(page.getByTestId('history-count')).toHaveText('5 of 5 selected');
  await rows(page).nth(0).getByRole('checkbox').click();
  await expect(page.getByTestId('history-count')).toHaveText('4 of 5 selected');
  await page.getByRole('button', { name: 'Copy selected as URL' }).click();
  await expect.poll(async () => (await clipboard(page)).split('\n').length).toBe(4);

  // Open in the browser: the main link, through the allowlist.
  await page.getByLabel('Folder').selectOption('');
  const first = harness.history.query({ limit: 1 }).entries[0] as HistoryEntry;
  await rows(page)
    .nth(0)
    .getByRole('button', { name: `Open ${first.name}` })
    .click();
  await expect.poll(() => harness.opened).toEqual([first.main.url]);

  // Remove from history: asks first, says ImageKit keeps the file, and forgets it only here.
  const filesBefore = emu.files().length;
  await rows(page).nth(0).getByRole('checkbox').click();
  await page.getByRole('button', { name: 'Remove from history…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('Nothing is deleted on ImageKit');
  await page.screenshot({ path: screenshotPath('history-remove-light') });
  await dialog.getByRole('button', { name: 'Keep' }).click();
  await expect(dialog).toHaveCount(0);
  expect(harness.history.query({}).total).toBe(total);
  await page.getByRole('button', { name: 'Remove from history…' }).click();
  await dialog.getByRole('button', { name: 'Remove from history' }).click();
  await expect(page.getByTestId('history-count')).toHaveText(`${total - 1} uploads`);
  await expect(rows(page).filter({ hasText: first.name })).toHaveCount(0);
  expect(harness.history.get([first.id])).toEqual([]);
  expect(emu.files()).toHaveLength(filesBefore);
  expect((await fetch(first.main.url)).status).toBe(200);
});

test('thumbnails load from the URL endpoint and from no other origin', async ({
  open,
  emulator: emu,
  connected,
}) => {
  // Another server on this machine, serving a valid picture: the policy must still refuse it.
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M/wHwAEBgIApD5fRAAAAABJRU5ErkJggg==',
    'base64',
  );
  let requests = 0;
  const other = createServer((_req, res) => {
    requests += 1;
    res.writeHead(200, { 'content-type': 'image/png' }).end(png);
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  const address = other.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  try {
    const harness = await open(connected);
    const load = (src: string) =>
      harness.page.evaluate(
        (url) =>
          new Promise<string>((resolve) => {
            const img = new Image();
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = url;
          }),
        src,
      );
    expect(await load(`http://127.0.0.1:${address.port}/x.png`)).toBe('blocked');
    expect(requests).toBe(0);
    // The emulator answers 404 for a file it lacks, so an allowed but missing image errors too;
    // the policy's own verdict is what the violation event reports.
    const violations = await harness.page.evaluate(
      (urls) =>
        new Promise<string[]>((resolve) => {
          const seen: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => seen.push(e.blockedURI));
          let pending = urls.length;
          for (const url of urls) {
            const img = new Image();
            img.onload = img.onerror = () => {
              pending -= 1;
              if (pending === 0) setTimeout(() => resolve(seen), 50);
            };
            img.src = url;
          }
        }),
      [`${emu.urlEndpoint}nothing-here.png`, `http://127.0.0.1:${address.port}/y.png`],
    );
    expect(violations).toEqual([`http://127.0.0.1:${address.port}/y.png`]);
  } finally {
    other.closeAllConnections();
    await new Promise<void>((resolve) => other.close(() => resolve()));
  }
});

test('History says so when nothing was ever uploaded', async ({ open }) => {
  const { page } = await open();
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByTestId('history-empty')).toContainText('No uploads yet');
  // The view switch is a tab list: arrow keys move between its tabs.
  await page.getByRole('tab', { name: 'History' }).press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Uploads' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Uploads' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('history-empty')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Drop images or folders here' })).toBeVisible();
});

test('100,000 uploads: few rows in the page, and scrolling reaches the oldest', async ({
  app: harness,
  emulator: emu,
}) => {
  const { page } = harness;
  const COUNT = 100_000;
  const start = Date.UTC(2020, 0, 1);
  harness.state.history.recordMany(
    Array.from({ length: COUNT }, (_, i) =>
      historyEntry({
        name: `photo-${String(i).padStart(6, '0')}.jpg`,
        folder: `/shoot-${i % 7}`,
        uploadedAt: start + i * 60_000,
        urlEndpoint: emu.urlEndpoint,
      }),
    ),
  );
  await page.getByRole('tab', { name: 'History' }).click();
  await expect(page.getByTestId('history-count')).toHaveText(
    `${COUNT.toLocaleString('en-US')} uploads`,
  );
  await expect(rows(page).first()).toContainText('photo-099999.jpg');
  const rendered = await rows(page).count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);

  const list = page.getByTestId('history-list');
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows(page).filter({ hasText: 'photo-000000.jpg' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('history-large-light') });
  expect(await page.locator('[role="listitem"]').count()).toBeLessThan(40);

  // The middle, reached by a jump, fills in from its own page.
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight / 2));
  await expect(
    rows(page)
      .filter({ hasText: /photo-0(49|50)\d{3}\.jpg/ })
      .first(),
  ).toBeVisible();

  // A search across all of them answers with the one match.
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('photo-012345');
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByTestId('history-count')).toHaveText('1 upload');
});

test('History from the keyboard: arrows move between rows, Space ticks, Ctrl+C copies, Delete asks', async ({
  app: harness,
  emulator,
}) => {
  const { page } = harness;
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < 60; i++) {
    harness.history.record(
      historyEntry({
        name: `kb-${String(i).padStart(2, '0')}.jpg`,
        uploadedAt: start + i * DAY,
        // Links on the local emulator: the page loads thumbnails from nowhere else.
        urlEndpoint: emulator.urlEndpoint,
      }),
    );
  }
  await harness.menu('show-history');
  await expect(rows(page).first()).toContainText('kb-59.jpg');
  const box = (name: string) => page.getByRole('checkbox', { name: `Select ${name}` });
  await box('kb-59.jpg').focus();

  await page.keyboard.press('ArrowDown');
  await expect(box('kb-58.jpg')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('history-count')).toHaveText('2 of 60 selected');
  await expect(box('kb-58.jpg')).toBeChecked();
  await expect(box('kb-57.jpg')).toBeChecked();

  // End goes to the oldest, scrolling it into the page; Home comes back.
  await page.keyboard.press('End');
  await expect(box('kb-00.jpg')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(box('kb-59.jpg')).toBeFocused();
  // Shift+Space ticks the range from the last ticked row.
  await page.keyboard.press('Shift+Space');
  await expect(page.getByTestId('history-count')).toHaveText('3 of 60 selected');

  // Ctrl+C copies the selected uploads' links, newest first.
  await page.keyboard.press('Control+C');
  await expect.poll(() => clipboard(page)).toMatch(/kb-59.*\n.*kb-58.*\n.*kb-57/);

  // Delete asks first; Keep leaves everything, Remove forgets the two.
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect(harness.history.query({}).total).toBe(60);
  await box('kb-59.jpg').focus();
  await page.keyboard.press('Delete');
  await confirm.getByRole('button', { name: /^Remove/ }).click();
  await expect.poll(() => harness.history.query({}).total).toBe(57);
});
