import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { writeScenes } from './upload-steps';

const NAMES = ['pier.jpg', 'dunes.jpg', 'glacier.jpg', 'orchard.jpg', 'canyon.jpg', 'reef.jpg'];

test('closed mid-batch, a new window on the same state folder shows the list and finishes it; a file uploaded before is skipped until "Upload again"', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  await writeScenes(dir, NAMES);
  const stateDir = join(dir, 'state');
  emulator.setFaults({ latencyMs: 250 });
  const first = await open({ ...connected, stateDir });
  await first.service.updateSettings({ upload: { concurrency: 1 } });
  await dropFiles(first.page, NAMES);
  await expect(first.page.locator('[data-testid="job-row"][data-status="done"]')).not.toHaveCount(
    0,
    { timeout: 60_000 },
  );
  await first.close();
  const finishedBefore = emulator.files().length / 2;
  expect(finishedBefore).toBeLessThan(NAMES.length);

  emulator.setFaults({});
  const second = await open({ ...connected, stateDir });
  const rows = second.page.getByTestId('job-row');
  await expect(rows).toHaveCount(NAMES.length);
  for (const name of NAMES) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  expect(emulator.files()).toHaveLength(NAMES.length * 2);

  // The same files again: the history has them, so nothing is sent.
  const requests = emulator.stats().requests;
  await second.page.getByRole('button', { name: 'Clear finished' }).click();
  await expect(rows).toHaveCount(0);
  await dropFiles(second.page, NAMES.slice(0, 2));
  const pier = rows.filter({ hasText: 'pier.jpg' });
  await expect(pier.getByTestId('reused-note')).toHaveText(/^Already uploaded on /, {
    timeout: 60_000,
  });
  await expect(rows.filter({ hasText: 'dunes.jpg' }).getByTestId('reused-note')).toBeVisible();
  await expect(pier.locator('.pill')).toHaveText('Already uploaded');
  expect(emulator.stats().requests).toBe(requests);
  await second.page.screenshot({ path: screenshotPath('already-uploaded-light') });
  await second.page.emulateMedia({ colorScheme: 'dark' });
  await second.page.screenshot({ path: screenshotPath('already-uploaded-dark') });

  await pier.getByRole('button', { name: 'Upload again: pier.jpg' }).click();
  await expect(pier.locator('.pill')).toHaveText('Uploaded', { timeout: 60_000 });
  await expect(pier.getByTestId('reused-note')).toHaveCount(0);
  expect(emulator.stats().requests).toBe(requests + 2);
});
