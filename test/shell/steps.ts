/** Steps the shell specs share: connecting through the page's own API, adding through the menu. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RunningEmulator } from '../../src/emulator';
import { landscapeJpeg } from '../support/scenes';
import { expect, KEYS } from './fixtures';
import type { ShellApp } from './harness';

/**
 * Connects the app to the emulator the way Settings does: through window.uploader, over IPC.
 * The page reads settings when it starts, so it is reloaded to show them.
 */
export async function connect(page: Page, emulator: RunningEmulator): Promise<void> {
  await page.evaluate(
    async ({ connection, key }) => {
      await window.uploader.updateSettings({ connection, upload: { askDestination: false } });
      await window.uploader.setPrivateKey(key);
    },
    {
      connection: {
        uploadUrl: emulator.uploadUrl,
        apiUrl: emulator.apiUrl,
        urlEndpoint: emulator.urlEndpoint,
        publicKey: KEYS.publicKey,
      },
      key: KEYS.privateKey,
    },
  );
  await page.reload();
  await expect(page.getByRole('button', { name: 'Settings' }).first()).toBeVisible();
  await expect(page.getByText('Connect to ImageKit to upload.')).toBeHidden();
}

/** Writes a real JPEG per name into `dir` and returns their paths. */
export async function writeScenes(dir: string, names: readonly string[]): Promise<string[]> {
  const paths: string[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(dir, name);
    await writeFile(path, await landscapeJpeg(i));
    paths.push(path);
  }
  return paths;
}

/** File → Add Images… in the application menu, answering the native picker with `paths`. */
export async function addThroughMenu(app: ShellApp, paths: readonly string[]): Promise<void> {
  app.answerNext('open', [...paths]);
  await app.request('menu-click', ['File', 'Add Images…']);
}

/** Waits until every named row is uploaded. */
export async function expectUploaded(page: Page, names: readonly string[]): Promise<void> {
  const rows = page.getByTestId('job-row');
  for (const name of names) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 90_000,
    });
  }
}
