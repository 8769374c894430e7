import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { screenshotPath } from './harness/harness';

const COUNT = 240;

test('a folder of hundreds of photos: a virtualized list, paced updates, honest totals', async ({
  dir,
  open,
}) => {
  const folder = join(dir, 'shoot');
  await mkdir(folder);
  for (let i = 0; i < COUNT; i++) {
    const hue = Math.round((i / COUNT) * 255);
    const jpeg = await sharp({
      create: {
        width: 320,
        height: 240,
        channels: 3,
        background: { r: hue, g: 120, b: 255 - hue },
      },
    })
      .jpeg()
      .toBuffer();
    await writeFile(join(folder, `img-${String(i).padStart(3, '0')}.jpg`), jpeg);
  }
  const harness = await open();
  const { page } = harness;
  harness.nextPick = [folder];
  await page.getByRole('button', { name: 'Add folder…' }).click();

  await expect(page.getByTestId('batch-headline')).toHaveText(`${COUNT} ready to upload`, {
    timeout: 60_000,
  });
  // Only the rows on screen exist in the page.
  const rendered = await page.getByTestId('job-row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(40);
  await expect(page.getByRole('tab', { name: /All/ })).toContainText(String(COUNT));

  // Scrolling reaches the last file.
  await page.getByRole('grid', { name: 'Files' }).evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(
    page.getByTestId('job-row').filter({ hasText: `img-${COUNT - 1}.jpg` }),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('large-batch-light') });

  // Main pushed at most ten updates in any second, however many files changed.
  const times = harness.pushed.map((p) => p.at);
  for (const [i, start] of times.entries()) {
    const inSecond = times.slice(i).filter((t) => t - start < 1000).length;
    expect(inSecond).toBeLessThanOrEqual(10);
  }
  expect(harness.pushed.at(-1)?.update.summary.counts.ready).toBe(COUNT);
});
