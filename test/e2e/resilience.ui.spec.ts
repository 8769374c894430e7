import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { dropFiles, screenshotPath } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';

async function photos(dir: string, count: number): Promise<string[]> {
  const names = Array.from(
    { length: count },
    (_, i) => `shot-${String(i + 1).padStart(2, '0')}.jpg`,
  );
  for (const [i, name] of names.entries()) {
    await writeFile(join(dir, name), await landscapeJpeg(i, 1600, 1067));
  }
  return names;
}

test('a flaky server still ends with every file uploaded once', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  const names = await photos(dir, 6);
  emulator.setFaults({ serverErrorRate: 0.3, resetRate: 0.1, faultAfterStore: true, seed: 7 });
  const { page } = await open(connected);
  await dropFiles(page, names);
  const rows = page.getByTestId('job-row');
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 90_000,
    });
  }
  const stored = emulator.files().map((f) => f.name);
  expect(stored).toHaveLength(names.length * 2);
  expect(new Set(stored).size).toBe(stored.length);
  const faults = emulator.stats().faults;
  expect(faults.serverError + faults.reset).toBeGreaterThan(0);
});

test('stop one file mid-upload, then retry it: nothing half done, nothing twice', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  const names = await photos(dir, 3);
  emulator.setFaults({ latencyMs: 1500 });
  const { page } = await open(connected);
  await dropFiles(page, names);
  const row = page.getByTestId('job-row').filter({ hasText: 'shot-01.jpg' });
  await expect(row).toHaveAttribute('data-status', 'uploading');
  await row.getByRole('button', { name: 'Stop shot-01.jpg' }).click();
  await expect(row).toHaveAttribute('data-status', 'cancelled');
  await expect(row).toContainText('Stopped');
  await page.screenshot({ path: screenshotPath('stopped-light') });

  emulator.setFaults({});
  await row.getByRole('button', { name: 'Retry shot-01.jpg' }).click();
  for (const name of names) {
    await expect(page.getByTestId('job-row').filter({ hasText: name })).toHaveAttribute(
      'data-status',
      'done',
      { timeout: 60_000 },
    );
  }
  const stored = emulator.files().map((f) => f.name);
  expect(stored.filter((n) => n.startsWith('shot-01-'))).toHaveLength(2);
  expect(stored).toHaveLength(names.length * 2);
});

test('files wait as Ready when automatic upload is off, and go on "Upload"', async ({
  dir,
  open,
  emulator,
  connected,
}) => {
  const names = await photos(dir, 2);
  const { page } = await open({
    ...connected,
    settings: { ...connected.settings, upload: { autoUpload: false } },
  });
  await dropFiles(page, names);
  const rows = page.getByTestId('job-row');
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'ready');
  }
  await expect(page.getByTestId('batch-headline')).toHaveText('2 ready to upload');
  expect(emulator.files()).toHaveLength(0);
  await page.getByRole('button', { name: 'Upload 2' }).click();
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done');
  }
  expect(emulator.files()).toHaveLength(4);
});
