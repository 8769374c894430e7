import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { clipboard, dismissNotices } from './upload-steps';
import { strings } from '../../src/shared/strings';
import { screenshotPath } from './harness/harness';
import { landscapeJpeg, logoPng } from '../support/scenes';

test('Settings → Integrations turns on the local server; a PicGo request uploads through the list', async ({
  open,
  connected,
  dir,
}) => {
  await writeFile(join(dir, 'typora-shot.jpg'), await landscapeJpeg(1, 1200, 800));
  await writeFile(join(dir, 'obsidian-logo.png'), await logoPng(400));
  const harness = await open(connected);
  const { page } = harness;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const section = drawer.getByRole('region', { name: 'Integrations' });
  await section.scrollIntoViewIfNeeded();

  // Off by default, on the port Typora and Obsidian call.
  const toggle = section.getByLabel('Run the local upload server');
  await expect(toggle).not.toBeChecked();
  await expect(section.getByLabel('Port')).toHaveValue('36677');
  await expect(section.getByText('The server is off: nothing listens.')).toBeVisible();

  // Tests listen on a free port only: 0 asks the system for one, and Settings shows which.
  await section.getByLabel('Port').fill('0');
  await toggle.check();
  const listening = section.getByRole('status').filter({ hasText: 'Listening on' });
  await expect(listening).toContainText(/http:\/\/127\.0\.0\.1:\d+\/upload/);
  // Without a key the clipboard upload is refused, and Settings say so.
  await expect(section.getByText(strings.integrations.clipboardNeedsKey)).toBeVisible();
  await section.getByRole('button', { name: 'Generate key' }).click();
  const keyBox = section.getByLabel('Key');
  await expect(keyBox).toHaveValue(/^[A-Za-z0-9_-]{24}$/);
  const key = await keyBox.inputValue();
  await expect(listening).toContainText(`/upload?key=${key}`);
  await expect(listening).toContainText(
    "Paste this address, key included, into your writing tool's",
  );
  await expect(section.getByText(strings.integrations.clipboardNeedsKey)).toBeHidden();
  // The address to paste, key included, one click away.
  await section.getByRole('button', { name: 'Copy address' }).click();
  await expect.poll(() => clipboard(page)).toMatch(new RegExp(`/upload\\?key=${key}$`));
  const url = (/http:\/\/127\.0\.0\.1:\d+\/upload/.exec((await listening.textContent()) ?? '') ?? [
    '',
  ])[0];

  await dismissNotices(page);
  await section.scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('integrations-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('integrations-dark') });
  await page.emulateMedia({ colorScheme: 'light' });
  await drawer.getByRole('button', { name: 'Close settings' }).click();

  // Without the key: refused, nothing added.
  const refused = await fetch(url, { method: 'POST', body: '{"list":[]}' });
  expect(refused.status).toBe(401);

  // What Typora sends: the files' absolute paths. The answer comes once both are uploaded.
  const res = await fetch(`${url}?key=${key}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ list: [join(dir, 'typora-shot.jpg'), join(dir, 'obsidian-logo.png')] }),
  });
  const json = (await res.json()) as { success: boolean; result: string[] };
  expect(json.success).toBe(true);
  expect(json.result).toHaveLength(2);
  expect(json.result[0]).toMatch(/typora-shot.*\.webp$/);
  expect(json.result[1]).toMatch(/obsidian-logo.*\.webp$/);
  for (const link of json.result) expect((await fetch(link)).status).toBe(200);

  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(2);
  for (const name of ['typora-shot.jpg', 'obsidian-logo.png']) {
    const row = rows.filter({ hasText: name });
    await expect(row).toHaveAttribute('data-status', 'done');
    // They came as one batch, named after the integration.
    await expect(row).toContainText('PicGo server');
  }
  await page.screenshot({ path: screenshotPath('picgo-rows-light') });
  // The history keeps the batch's name with each upload.
  await harness.menu('show-history');
  const entries = page.getByTestId('history-row');
  await expect(entries).toHaveCount(2);
  for (const name of ['typora-shot.jpg', 'obsidian-logo.png']) {
    await expect(entries.filter({ hasText: name })).toContainText('PicGo server');
  }
  await harness.menu('show-uploads');

  // Turning it off closes the port.
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await drawer
    .getByRole('region', { name: 'Integrations' })
    .getByLabel('Run the local upload server')
    .uncheck();
  await expect(drawer.getByText('The server is off: nothing listens.')).toBeVisible();
  await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
});

test('Settings → Integrations takes a typed key of 16 characters or more, and says so for a shorter one', async ({
  open,
  connected,
}) => {
  const { page } = await open(connected);
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const section = drawer.getByRole('region', { name: 'Integrations' });
  await section.scrollIntoViewIfNeeded();
  await section.getByLabel('Port').fill('0');
  await section.getByLabel('Run the local upload server').check();
  const listening = section.getByRole('status').filter({ hasText: 'Listening on' });
  await expect(listening).toBeVisible();

  const keyBox = section.getByLabel('Key');
  const save = section.getByRole('button', { name: 'Save port and key' });
  await keyBox.fill('short-key');
  const tooShort = section
    .getByRole('alert')
    .filter({ hasText: strings.integrations.keyTooShort(16) });
  await expect(tooShort).toBeVisible();
  await expect(keyBox).toHaveAttribute('aria-invalid', 'true');
  await expect(save).toBeDisabled();
  await dismissNotices(page);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: screenshotPath('integrations-key-too-short') });

  // Main refuses it too, with its own sentence, whatever the page does.
  const refused = await page.evaluate(() =>
    window.uploader.updateSettings({ integrations: { picgo: { key: 'short-key' } } }).then(
      () => 'saved',
      (err: Error) => err.message,
    ),
  );
  expect(refused).toContain(strings.validation.serverKeyTooShort(16));

  await keyBox.fill('my-own-key_0123456789');
  await expect(tooShort).toBeHidden();
  await save.click();
  await expect(listening).toContainText('/upload?key=my-own-key_0123456789');
  await dismissNotices(page);
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({ path: screenshotPath('integrations-key-typed') });
});
