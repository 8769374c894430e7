import { expect, test } from './fixtures';
import { screenshotPath } from './harness/harness';
import { expectNoAxeViolations } from './axe';
import { dismissNotices, dropAndUpload } from './upload-steps';

const NAMES = ['harbour-at-dusk.jpg', 'night-lake.jpg', 'desert-road.jpg'];

test('with no account, the first window offers a local test server, and uploads go to it', async ({
  dir,
  open,
}) => {
  const harness = await open();
  const { page } = harness;
  const offer = page.getByTestId('test-server-offer');
  await expect(offer).toBeVisible();
  await expect(offer).toContainText('Nothing leaves this computer');
  await page.screenshot({ path: screenshotPath('first-run-light') });
  await expectNoAxeViolations(page, 'the first window with the test server offer');

  // Once it runs, the page loads again, its image policy now admitting the server's thumbnails.
  const reloaded = page.waitForEvent('load');
  await offer.getByRole('button', { name: 'Try it with a local test server' }).click();
  await reloaded;
  const banner = page.getByTestId('test-server-banner');
  await expect(banner).toContainText(
    /Local test server: uploads go to 127\.0\.0\.1:\d+ on this computer, and nothing leaves it\./,
  );
  await expect(page.getByTestId('test-server-offer')).toHaveCount(0);
  await expect(page.getByText('Connect to ImageKit to upload')).toHaveCount(0);
  const view = await harness.service.getSettings();
  expect(view.testServerStatus.state).toBe('running');

  await dropAndUpload(dir, harness, NAMES);
  await expect(page.getByTestId('batch-headline')).toHaveText(`All ${NAMES.length} uploaded`);
  const { jobs } = await harness.service.getJobs();
  for (const job of jobs) {
    expect(job.status === 'done' && job.uploaded.main.url).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/local\/.*\.webp$/,
    );
  }
  await dismissNotices(page);
  await page.screenshot({ path: screenshotPath('test-server-light') });
  await expectNoAxeViolations(page, 'uploads to the test server');

  // History shows the uploads with their thumbnails, loaded from the test server.
  await page.getByRole('tab', { name: 'History' }).click();
  const thumbs = page.locator('.history-row img');
  await expect(thumbs).toHaveCount(NAMES.length);
  await expect
    .poll(() =>
      thumbs.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);

  // Settings say it is in use; stopping it sets the connection back to ImageKit's.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  await expect(drawer.getByTestId('test-server-note')).toContainText(
    'uploads stay on this computer',
  );
  await page.screenshot({ path: screenshotPath('test-server-settings-light') });
  await drawer.getByRole('button', { name: 'Stop the test server' }).click();
  await expect(drawer.getByLabel('Upload URL')).toHaveValue(
    'https://upload.imagekit.io/api/v1/files/upload',
  );
  await expect(drawer.getByTestId('test-server-offer')).toBeVisible();
  await expect(page.getByTestId('test-server-banner')).toHaveCount(0);
});
