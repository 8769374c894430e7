import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { dismissNotices } from './upload-steps';
import { screenshotPath } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';
import { startLinkServer } from '../support/link-server';

test('a pasted link is downloaded once from a 127.0.0.1 server and uploaded; a web page fails its row alone', async ({
  open,
  connected,
  emulator,
}) => {
  const web = await startLinkServer();
  let opened: Awaited<ReturnType<typeof open>> | null = null;
  try {
    web.put('/photos/harbour.jpg', { body: await landscapeJpeg(3, 1600, 1000) });
    web.put('/gallery.html', {
      headers: { 'content-type': 'image/jpeg' },
      body: '<!doctype html><html><body><img src="/photos/harbour.jpg"></body></html>',
    });
    const photo = `${web.origin}/photos/harbour.jpg`;
    const gallery = `${web.origin}/gallery.html`;
    const harness = await open(connected);
    opened = harness;
    const { page } = harness;

    // What "Copy link address" in a browser leaves on the clipboard: text, two links.
    await page.evaluate((text) => navigator.clipboard.writeText(text), `${photo}\n${gallery}`);
    await page.locator('body').click();
    await page.keyboard.press('Control+V');

    const rows = page.getByTestId('job-row');
    await expect(rows).toHaveCount(2);
    const done = rows.filter({ hasText: 'harbour.jpg' });
    await expect(done).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(done).toContainText(`from 127.0.0.1:${web.port}`);
    await expect(done.locator('.row-name')).toHaveAttribute('title', photo);
    const failed = rows.filter({ hasText: 'gallery.html' });
    await expect(failed).toHaveAttribute('data-status', 'failed');
    await expect(failed).toContainText('The link gave a web page or text, not an image.');
    expect(web.hits.get('/photos/harbour.jpg')).toBe(1);
    expect(emulator.files().map((f) => f.name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^harbour.*\.webp$/)]),
    );

    await dismissNotices(page);
    await page.screenshot({ path: screenshotPath('links-light'), animations: 'disabled' });
    await expectNoAxeViolations(page, 'rows added from links (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: screenshotPath('links-dark'), animations: 'disabled' });
    await expectNoAxeViolations(page, 'rows added from links (dark)');
    await page.emulateMedia({ colorScheme: 'light' });

    // History keeps the link as the source, and shows it.
    await harness.menu('show-history');
    const entry = page.getByTestId('history-row');
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText(photo);
    await page.screenshot({ path: screenshotPath('links-history-light'), animations: 'disabled' });
  } finally {
    // The browser's clipboard outlives this page: leave no links for the next spec's paste.
    await opened?.page.evaluate(() => navigator.clipboard.writeText('')).catch(() => {});
    await web.close();
  }
});

test('a link dropped from a browser asks where it goes, like dropped files', async ({
  open,
  connected,
}) => {
  const web = await startLinkServer();
  try {
    web.put('/drop/boat.jpg', { body: await landscapeJpeg(4, 1200, 800) });
    const link = `${web.origin}/drop/boat.jpg`;
    const { page } = await open({
      ...connected,
      settings: { ...connected.settings, upload: { askDestination: true } },
    });
    await page.evaluate((uri) => {
      const data = new DataTransfer();
      data.setData('text/uri-list', `# from a page\r\n${uri}`);
      const target = document.querySelector('[data-testid="drop-target"]') as HTMLElement;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true }));
      }
    }, link);
    // The same chooser as a drop of files: the batch's folder.
    const chooser = page.getByRole('dialog', { name: 'Where should these files go?' });
    await expect(chooser).toBeVisible();
    await chooser.getByLabel('Folder on ImageKit').fill('/from-links');
    await chooser.getByLabel('Folder on ImageKit').press('Enter');
    await expect(chooser).toBeHidden();
    const row = page.getByTestId('job-row').filter({ hasText: 'boat.jpg' });
    await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
    await expect(row.getByTestId('job-folder')).toHaveText('in /from-links · ');
    expect(web.hits.get('/drop/boat.jpg')).toBe(1);
  } finally {
    await web.close();
  }
});
