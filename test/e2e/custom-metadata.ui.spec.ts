import { expect, test, EMULATOR_KEYS } from './fixtures';
import { expectNoAxeViolationsAndShoot } from './axe';
import { dropFiles, screenshotPath } from './harness/harness';
import { writeScenes } from './upload-steps';
import { strings } from '../../src/shared/strings';

const t = strings.customMetadata;

test('the destination chooser builds a form from the account fields: a required field, a select, a refused value', async ({
  open,
  connected,
  dir,
  emulator,
}) => {
  const auth = `Basic ${Buffer.from(`${EMULATOR_KEYS.privateKey}:`).toString('base64')}`;
  for (const field of [
    {
      name: 'brand',
      label: 'Brand',
      schema: { type: 'Text', isValueRequired: true, defaultValue: 'House', maxLength: 20 },
    },
    {
      name: 'season',
      label: 'Season',
      schema: { type: 'SingleSelect', selectOptions: ['spring', 'summer'] },
    },
    { name: 'price', label: 'Price', schema: { type: 'Number', minValue: 1, maxValue: 100 } },
    { name: 'hero', label: 'Hero image', schema: { type: 'Boolean' } },
    {
      name: 'channels',
      label: 'Channels',
      schema: { type: 'MultiSelect', selectOptions: ['web', 'print'] },
    },
  ]) {
    const res = await fetch(`${emulator.apiUrl}/v1/customMetadataFields`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(field),
    });
    expect(res.status, await res.text()).toBe(201);
  }
  const harness = await open({
    ...connected,
    settings: { ...connected.settings, upload: { askDestination: true } },
  });
  const { page } = harness;
  await writeScenes(dir, ['bicycle.jpg']);
  await dropFiles(page, ['bicycle.jpg']);
  const chooser = page.getByRole('dialog', { name: 'Where should these files go?' });
  const form = chooser.getByRole('region', { name: t.section });
  // A required field starts with its default; emptied, it stops the batch.
  await expect(form.getByLabel('Brand *')).toHaveValue('House');
  await form.getByLabel('Brand *').fill('');
  await expect(form.getByLabel('Season')).toHaveValue('');
  await form.getByLabel('Price').fill('500');
  await form.getByLabel('Season').selectOption('summer');
  await chooser.getByRole('button', { name: 'Add files' }).click();
  // Nothing is added: the required field and the refused value each say why.
  await expect(chooser.getByTestId('custom-problem')).toHaveText(t.required('Brand'));
  await expect(form.getByText(t.tooLarge('Price', 100))).toBeVisible();
  await expect(form.getByLabel('Price')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('job-row')).toHaveCount(0);
  await expectNoAxeViolationsAndShoot(
    page,
    'the custom metadata form with problems',
    screenshotPath('custom-metadata-light'),
    screenshotPath('custom-metadata-dark'),
  );

  await form.getByLabel('Brand *').fill('Acme');
  await form.getByLabel('Price').fill('42');
  await form.getByLabel('Hero image').check();
  await form.getByLabel('web').check();
  await chooser.getByRole('button', { name: 'Add files' }).click();
  await expect(chooser).toHaveCount(0);
  const row = page.getByTestId('job-row').filter({ hasText: 'bicycle.jpg' });
  await expect(row).toHaveAttribute('data-status', 'done', { timeout: 60_000 });
  const stored = emulator.files().filter((f) => f.name.startsWith('bicycle'));
  expect(stored).toHaveLength(2);
  for (const f of stored) {
    expect(f.customMetadata).toEqual({
      brand: 'Acme',
      season: 'summer',
      price: 42,
      hero: true,
      channels: ['web'],
    });
  }
});
