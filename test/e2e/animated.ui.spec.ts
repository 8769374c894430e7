import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { animated } from '../support/images';
import { landscapeJpeg } from '../support/scenes';

test('an animated GIF says on its row and in History that only its first frame went up', async ({
  dir,
  app,
}) => {
  await writeFile(join(dir, 'spinner.gif'), await animated('gif', 320, 240));
  await writeFile(join(dir, 'harbour.jpg'), await landscapeJpeg(0));
  const { page } = app;
  await dropFiles(page, ['spinner.gif', 'harbour.jpg']);
  const rows = page.getByTestId('job-row');
  for (const name of ['spinner.gif', 'harbour.jpg']) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  await expect(rows.filter({ hasText: 'spinner.gif' })).toContainText('GIF · first frame only');
  await expect(rows.filter({ hasText: 'harbour.jpg' })).not.toContainText('first frame');
  await page.screenshot({ path: screenshotPath('animated-row') });

  await page.getByRole('tab', { name: 'History' }).click();
  const history = page.getByTestId('history-row');
  await expect(history.filter({ hasText: 'spinner.gif' })).toContainText('first frame only');
  await expect(history.filter({ hasText: 'harbour.jpg' })).not.toContainText('first frame');
  await page.screenshot({ path: screenshotPath('animated-history') });
});
