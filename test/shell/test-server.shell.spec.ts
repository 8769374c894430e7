import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { addThroughMenu, expectUploaded, writeScenes } from './steps';

const NAMES = ['harbour.jpg', 'meadow.jpg'];

test('the first start offers a local test server; the built app runs it and uploads to it, and again after a restart', async ({
  launch,
  dir,
  appData,
}) => {
  const paths = await writeScenes(dir, NAMES);
  const app = launch();
  const page = await app.window();
  const offer = page.getByTestId('test-server-offer');
  await expect(offer).toContainText('Nothing leaves this computer');
  await page.evaluate(() => window.uploader.updateSettings({ upload: { askDestination: false } }));
  // Once it runs, the page loads again, its image policy now admitting the server's thumbnails.
  const reloaded = page.waitForEvent('load');
  await offer.getByRole('button', { name: 'Try it with a local test server' }).click();
  await reloaded;
  await expect(page.getByTestId('test-server-banner')).toContainText(
    /uploads go to 127\.0\.0\.1:\d+ on this computer, and nothing leaves it/,
  );

  await addThroughMenu(app, paths);
  await expectUploaded(page, NAMES);
  // Its files are under the app's user-data folder.
  const userData = join(appData, 'Batch Uploader for ImageKit');
  expect(existsSync(join(userData, 'test-server'))).toBe(true);
  const first = await page.evaluate(() => window.uploader.getSettings());
  expect(first.testServerStatus).toMatchObject({
    state: 'running',
    folder: join(userData, 'test-server'),
  });

  // History's thumbnails load from the test server under the app's own image policy.
  await page.getByRole('tab', { name: 'History' }).click();
  const thumbs = page.getByTestId('history-row').locator('img');
  await expect(thumbs).toHaveCount(NAMES.length);
  await expect
    .poll(() =>
      thumbs.evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0)),
    )
    .toBe(true);

  // Quit and start again: the test server comes back on the same address, and its links work.
  await app.request('quit');
  expect(await app.waitForExit()).toBe(0);
  const again = launch();
  const page2 = await again.window();
  await expect(page2.getByTestId('test-server-banner')).toBeVisible();
  const second = await page2.evaluate(() => window.uploader.getSettings());
  expect(second.testServerStatus).toEqual(first.testServerStatus);
  const link = await page2.evaluate(
    async () => (await window.uploader.queryHistory({ limit: 1 })).entries[0]?.main.url,
  );
  expect((await fetch(link as string)).status).toBe(200);
});
