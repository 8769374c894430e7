import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';
import { dropFiles, type Harness } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';

/** The text on the page's clipboard. */
export const clipboard = (page: Page): Promise<string> =>
  page.evaluate(() => navigator.clipboard.readText());

/** Writes a real landscape JPEG into dir for each name (the nth gets scene n). */
export async function writeScenes(dir: string, names: readonly string[]): Promise<void> {
  for (const [i, name] of names.entries()) await writeFile(join(dir, name), await landscapeJpeg(i));
}

/** Writes a real JPEG per name into dir, drops them on the app and waits until every row is done. */
export async function dropAndUpload(
  dir: string,
  harness: Harness,
  names: readonly string[],
): Promise<void> {
  await writeScenes(dir, names);
  await dropFiles(harness.page, [...names]);
  const rows = harness.page.getByTestId('job-row');
  await expect(rows).toHaveCount(names.length);
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
}

/**
 * Closes every notice on the page, for a clean screenshot. Notices also leave by themselves, so
 * one may go between being counted and being clicked; that is fine.
 */
export async function dismissNotices(page: Page): Promise<void> {
  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) {
    await dismiss
      .first()
      .click({ timeout: 2_000 })
      .catch(() => {});
  }
  await expect(dismiss).toHaveCount(0);
}
