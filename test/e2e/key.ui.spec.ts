import { EMULATOR_KEYS, expect, test } from './fixtures';
import { screenshotPath } from './harness/harness';

test('without a keyring the app says so before the key is saved, and keeps it for the session', async ({
  open,
  emulator: emu,
}) => {
  const harness = await open({
    protection: 'plain',
    settings: {
      connection: {
        uploadUrl: emu.uploadUrl,
        apiUrl: emu.apiUrl,
        urlEndpoint: emu.urlEndpoint,
        publicKey: EMULATOR_KEYS.publicKey,
      },
    },
  });
  const { page } = harness;
  await page.getByRole('button', { name: 'Open settings' }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });

  // Said before anything is typed, with the safer choice already ticked.
  await expect(drawer.getByText(/This computer has no keyring/)).toBeVisible();
  const sessionOnly = drawer.getByLabel('Keep it for this session only');
  await expect(sessionOnly).toBeChecked();
  await page.screenshot({ path: screenshotPath('key-no-keyring-light') });

  await drawer.getByLabel('Private key', { exact: true }).fill(EMULATOR_KEYS.privateKey);
  await drawer.getByRole('button', { name: 'Keep key' }).click();
  await expect(drawer.getByText(/kept for this session only/)).toBeVisible();
  const view = await harness.service.getSettings();
  expect(view.privateKey).toMatchObject({ set: true, keeping: 'session' });
  await drawer.getByRole('button', { name: 'Test connection' }).click();
  await expect(
    drawer.getByRole('status').filter({ hasText: 'the private key works' }),
  ).toBeVisible();
});

test('moving the upload address to another server removes the key, and the app says why', async ({
  open,
  connected,
}) => {
  const harness = await open(connected);
  const { page } = harness;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  await expect(drawer.getByText(/A key is saved, encrypted/)).toBeVisible();

  await drawer.getByText('Advanced: other servers').click();
  await drawer.getByLabel('Upload URL').fill('https://uploads.example.com/api/v1/files/upload');
  await drawer.getByRole('button', { name: 'Save connection' }).click();

  const reason =
    /The key was removed because the upload or API address now points to another server/;
  await expect(drawer.getByText(reason)).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'The private key was removed' }),
  ).toBeVisible();
  expect((await harness.service.getSettings()).privateKey.set).toBe(false);
  await drawer.getByText(reason).scrollIntoViewIfNeeded();
  await page.screenshot({ path: screenshotPath('key-forgotten-light') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: screenshotPath('key-forgotten-dark') });
});
