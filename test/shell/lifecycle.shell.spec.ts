import { strings } from '../../src/shared/strings';
import { expect, test } from './fixtures';
import { addThroughMenu, connect, expectUploaded, writeScenes } from './steps';

test('a second start focuses the first window and hands over its files', async ({
  launch,
  dir,
}) => {
  const first = launch();
  const page = await first.window();
  const [path] = await writeScenes(dir, ['handed-over.jpg']);
  const second = launch({ args: [path!] });
  // The second process ends by itself, having handed its files to the first.
  expect(await second.waitForExit()).toBe(0);
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('handed-over.jpg');
});

test('files named on the command line are added at start', async ({ launch, dir }) => {
  const paths = await writeScenes(dir, ['first.jpg', 'second.jpg']);
  const app = launch({ args: paths });
  const page = await app.window();
  await expect(page.getByTestId('job-row')).toHaveCount(2);
});

test('quitting mid-batch asks; "Quit and continue next time" then a new start finishes the batch', async ({
  launch,
  dir,
  emulator,
}) => {
  const NAMES = ['north.jpg', 'south.jpg', 'east.jpg'];
  const paths = await writeScenes(dir, NAMES);
  const app = launch();
  const page = await app.window();
  // Not connected yet: the files are made and wait for the connection, which counts as uploading.
  await page.evaluate(() => window.uploader.updateSettings({ upload: { askDestination: false } }));
  await page.reload();
  // The page listens for menu commands once it has started, as in the app.
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  await addThroughMenu(app, paths);
  const rows = page.getByTestId('job-row');
  await expect(rows).toHaveCount(3);

  // Keep uploading: nothing quits.
  await app.request('quit');
  const first = await app.waitForAsk('message');
  expect(first.kind === 'message' && first.options.message).toBe(strings.quit.stillUploading(3));
  expect(first.kind === 'message' && first.options.buttons).toEqual([
    strings.quit.keep,
    strings.quit.quit,
  ]);
  app.answerNext('message', 0);
  await expect(rows).toHaveCount(3);

  // Closing the window asks the same; this time quit.
  app.answerNext('message', 1);
  await app.request('close-window');
  expect(await app.waitForExit()).toBe(0);

  const again = launch();
  const next = await again.window();
  await expect(next.getByTestId('job-row')).toHaveCount(3);
  await connect(next, emulator);
  await expectUploaded(next, NAMES);
  expect(emulator.files().length).toBe(6);
});
