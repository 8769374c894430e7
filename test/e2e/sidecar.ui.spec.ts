import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { expectNoAxeViolationsAndShoot } from './axe';
import { dropFiles, screenshotPath } from './harness/harness';
import { landscapeJpeg } from '../support/scenes';
import { strings } from '../../src/shared/strings';

test('a dropped folder with a metadata.csv: every kind of problem in one report, then the rows that fit apply', async ({
  open,
  connected,
  dir,
  emulator,
}) => {
  const shoot = join(dir, 'shoot');
  await mkdir(shoot);
  for (const [i, name] of ['harbour.jpg', 'lake.jpg', 'road.jpg', 'dune.jpg'].entries()) {
    await writeFile(join(shoot, name), await landscapeJpeg(i, 1200, 800));
  }
  await writeFile(
    join(shoot, 'metadata.csv'),
    'file,alt,decorative,tags,folder\n' +
      'harbour.jpg,Boats in a harbour at dusk,,boats,/blog/harbour\n' +
      'harbour.jpg,Listed again,,,\n' +
      'pier.jpg,A pier that is not here,,,\n' +
      'lake.jpg,,perhaps,,\n' +
      'road.jpg,A desert road,,,/a/../b\n',
  );
  const harness = await open(connected);
  const { page } = harness;
  await dropFiles(page, ['shoot']);
  const report = page.getByRole('dialog', { name: 'Check the metadata file' });
  await expect(report.getByTestId('sidecar-summary')).toHaveText(
    strings.sidecar.summary(join(shoot, 'metadata.csv'), 5, 3, 5),
  );
  const problems = report.getByTestId('sidecar-problems').getByRole('listitem');
  await expect(problems).toHaveText([
    strings.sidecar.duplicate(3, 'harbour.jpg', 2),
    strings.sidecar.missingFile(4, 'pier.jpg'),
    strings.sidecar.refused(5, 'decorative', strings.sidecar.decorative),
    strings.sidecar.refused(6, 'folder', strings.validation.folderPart('/a/../b', '..')),
    strings.sidecar.noRow('dune.jpg'),
  ]);
  // Nothing is added while the report is up.
  await expect(page.getByTestId('job-row')).toHaveCount(0);
  await expectNoAxeViolationsAndShoot(
    page,
    'the metadata file report',
    screenshotPath('sidecar-report-light'),
    screenshotPath('sidecar-report-dark'),
  );

  // Cancel adds nothing; dropping again and going on adds every file, with what fits.
  await report.getByRole('button', { name: 'Cancel' }).click();
  await expect(report).toHaveCount(0);
  await expect(page.getByTestId('job-row')).toHaveCount(0);
  await dropFiles(page, ['shoot']);
  await report.getByRole('button', { name: 'Go on and add the files' }).click();
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(4);
  for (const name of ['harbour.jpg', 'lake.jpg', 'road.jpg', 'dune.jpg']) {
    await expect(rows.filter({ hasText: name })).toHaveAttribute('data-status', 'done', {
      timeout: 60_000,
    });
  }
  await expect(rows.filter({ hasText: 'harbour.jpg' }).getByTestId('alt-line')).toContainText(
    'Boats in a harbour at dusk',
  );
  await expect(rows.filter({ hasText: 'road.jpg' }).getByTestId('alt-line')).toContainText(
    'A desert road',
  );
  const harbour = emulator
    .files()
    .find((f) => f.name.startsWith('harbour') && f.name.endsWith('.webp'));
  expect(harbour).toMatchObject({ description: 'Boats in a harbour at dusk', tags: ['boats'] });
  expect(harbour?.filePath).toMatch(/^\/blog\/harbour\//);
});
