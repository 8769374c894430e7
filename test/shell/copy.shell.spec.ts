import { expect, test } from './fixtures';
import { addThroughMenu, connect, expectUploaded, writeScenes } from './steps';

const NAMES = ['harbour.jpg', 'meadow.jpg', 'dunes.jpg'];

test('adds through the menu and the real IPC, uploads, and every Copy puts the links on the clipboard', async ({
  launch,
  dir,
  emulator,
}) => {
  const app = launch();
  const page = await app.window();
  await connect(page, emulator);
  const paths = await writeScenes(dir, NAMES);
  await addThroughMenu(app, paths);
  await expect(page.getByTestId('job-row')).toHaveCount(NAMES.length);
  await expectUploaded(page, NAMES);
  const picker = app.asks.find((a) => a.kind === 'open');
  expect(picker).toBeTruthy();

  const links = await page.evaluate(async () => {
    const { jobs } = await window.uploader.getJobs();
    return Object.fromEntries(
      jobs.map((j) => [j.file.name, j.status === 'done' ? j.uploaded.main.url : '']),
    );
  });
  for (const name of NAMES) expect(links[name]).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.webp$/);

  // Copy link on one row.
  await page.getByRole('button', { name: `Copy link to ${NAMES[0]}` }).click();
  await expect.poll(() => app.request('clipboard-text')).toBe(links[NAMES[0]!]);

  // Select two rows with the mouse: the selection bar's Copy links copies both.
  await page.getByText(NAMES[0]!, { exact: true }).click();
  await page.getByText(NAMES[1]!, { exact: true }).click({ modifiers: ['Control'] });
  const bar = page.getByRole('toolbar', { name: 'Selected files' });
  await bar.getByRole('button', { name: 'Copy links' }).click();
  await expect
    .poll(() => app.request('clipboard-text'))
    .toBe([links[NAMES[0]!], links[NAMES[1]!]].join('\n'));

  // Ctrl+C on the selected rows (three, from the keyboard).
  await page.getByText(NAMES[0]!, { exact: true }).click();
  await page.keyboard.press('Shift+End');
  await expect(page.getByTestId('selection-count')).toHaveText('3 files selected');
  await page.keyboard.press('Control+C');
  await expect
    .poll(() => app.request('clipboard-text'))
    .toBe(NAMES.map((n) => links[n]).join('\n'));

  // History → tick two rows → Copy as Markdown.
  await page.getByRole('tab', { name: 'History' }).click();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(NAMES.length);
  await rows.nth(0).getByRole('checkbox').click();
  await rows.nth(1).getByRole('checkbox').click();
  const entries = await page.evaluate(async () =>
    (await window.uploader.queryHistory({ limit: 2 })).entries.map((e) => ({
      name: e.name,
      url: e.main.url,
    })),
  );
  await page.getByRole('button', { name: 'Copy selected as Markdown' }).click();
  await expect
    .poll(() => app.request('clipboard-text'))
    .toBe(entries.map((e) => `![${e.name}](${e.url})`).join('\n'));
  await page.screenshot({ path: 'test-results/screenshots/shell-copied-history-light.png' });
});
