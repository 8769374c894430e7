import { EMULATOR_KEYS, expect, test } from './fixtures';
import { expectNoAxeViolationsAndShoot } from './axe';
import { screenshotPath } from './harness/harness';
import { dismissNotices, dropAndUpload } from './upload-steps';
import { strings } from '../../src/shared/strings';
import { TEAM_SHA_FIELD } from '../../src/shared/team-check';

const t = strings.teamCheck;

test('Set up team duplicate check creates the field once, and a second computer skips the picture', async ({
  open,
  connected,
  emulator,
  dir,
}) => {
  const first = await open(connected);
  const { page } = first;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Settings' });
  const section = drawer.getByRole('region', { name: t.section });
  await expect(section.getByText(t.explain)).toBeVisible();
  await expect(section.getByRole('status')).toHaveText(t.missing);
  await section.scrollIntoViewIfNeeded();
  await expectNoAxeViolationsAndShoot(
    page,
    'team duplicate check not set up',
    screenshotPath('team-check-missing-light'),
    screenshotPath('team-check-missing-dark'),
  );

  await section.getByRole('button', { name: t.setUp }).click();
  await expect(section.getByRole('status')).toHaveText(t.ready);
  await expect(section.getByRole('button', { name: t.setUp })).toHaveCount(0);
  expect(emulator.customMetadataFields().map((f) => f.name)).toEqual([TEAM_SHA_FIELD]);
  // Asked again (another window, the CLI), it finds the field by name and makes nothing.
  expect(await first.service.setUpTeamCheck()).toEqual({ state: 'ready' });
  expect(emulator.customMetadataFields()).toHaveLength(1);

  await dismissNotices(page);
  await section.scrollIntoViewIfNeeded();
  await expectNoAxeViolationsAndShoot(
    page,
    'team duplicate check in Settings',
    screenshotPath('team-check-settings-light'),
    screenshotPath('team-check-settings-dark'),
  );
  await drawer.getByRole('button', { name: 'Close settings' }).click();
  await dropAndUpload(dir, first, ['harbour.jpg']);
  const uploads = emulator.stats().uploads;

  // Another computer: its own state folder and history, the same account and folder.
  const second = await open(connected);
  await dropAndUpload(dir, second, ['harbour.jpg']);
  const row = second.page.getByTestId('job-row').filter({ hasText: 'harbour.jpg' });
  await expect(row.getByTestId('reused-note')).toHaveText(/^Already on ImageKit \(uploaded .+\)$/);
  expect(emulator.stats().uploads).toBe(uploads);
  const history = await second.service.queryHistory({ offset: 0, limit: 10 });
  expect(history.entries.map((e) => e.name)).toEqual(['harbour.jpg']);
  await dismissNotices(second.page);
  await expectNoAxeViolationsAndShoot(
    second.page,
    'a row found on ImageKit',
    screenshotPath('team-check-row-light'),
    screenshotPath('team-check-row-dark'),
  );
});

test('with an auth endpoint, Settings says once that only this computer’s history is checked', async ({
  open,
  emulator,
}) => {
  const harness = await open({
    settings: {
      connection: {
        authMode: 'auth-endpoint',
        authEndpoint: emulator.authEndpoint,
        uploadUrl: emulator.uploadUrl,
        apiUrl: emulator.apiUrl,
        urlEndpoint: emulator.urlEndpoint,
        publicKey: EMULATOR_KEYS.publicKey,
      },
    },
  });
  const { page } = harness;
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page.getByRole('dialog', { name: 'Settings' }).getByRole('region', {
    name: t.section,
  });
  await expect(section.getByRole('status')).toHaveText(t.localOnly);
  await expect(page.getByText(t.localOnly)).toHaveCount(1);
  await expect(section.getByRole('button', { name: t.setUp })).toHaveCount(0);
  await section.scrollIntoViewIfNeeded();
  await expectNoAxeViolationsAndShoot(
    page,
    'team duplicate check with an auth endpoint',
    screenshotPath('team-check-local-light'),
    screenshotPath('team-check-local-dark'),
  );
});
