/**
 * pastes/ keeps what History still points to and deletes the rest after a day: the app cleans
 * it on start.
 */
import { existsSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StateStore } from '../../src/main/core/persistence';
import { historyEntry } from '../support/history-entries';
import { expect, test } from './fixtures';

test('the app deletes pastes older than a day that History does not point to, at start', async ({
  launch,
  userData,
}) => {
  await mkdir(join(userData, 'pastes'), { recursive: true });
  const kept = join(userData, 'pastes', 'paste-20260101-100000.png');
  const gone = join(userData, 'pastes', 'paste-20260101-110000.png');
  const young = join(userData, 'pastes', 'paste-20260104-100000.png');
  for (const path of [kept, gone, young]) await writeFile(path, 'png');
  const old = new Date(Date.now() - 3 * 24 * 3600 * 1000);
  for (const path of [kept, gone]) await utimes(path, old, old);
  // An upload of the first one, in the history an earlier run kept.
  const state = StateStore.open(userData);
  state.history.record({ ...historyEntry({ name: 'pasted.png', uploadedAt: 1 }), source: kept });
  state.close();

  const app = launch();
  const page = await app.window();
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  await expect.poll(() => existsSync(gone)).toBe(false);
  expect(existsSync(kept)).toBe(true);
  expect(existsSync(young)).toBe(true);
});
