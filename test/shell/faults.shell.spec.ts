import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures';

const USER_DATA = 'Batch Uploader for ImageKit';

test('a damaged settings.json is moved aside: the app starts with defaults and says so once', async ({
  launch,
  appData,
}) => {
  const userData = join(appData, USER_DATA);
  await mkdir(userData, { recursive: true });
  await writeFile(join(userData, 'settings.json'), '{"settings": {"connection": ');
  const app = launch();
  const page = await app.window();
  const warning = await app.waitForAsk('message');
  expect(warning.kind === 'message' && warning.options.message).toMatch(
    /settings .*could not be read.*moved to .*settings\.json\.corrupt-/i,
  );
  app.answerNext('message', 0);
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  // The app works: its settings answer and can be saved again.
  const saved = await page.evaluate(async () => {
    await window.uploader.updateSettings({ upload: { folder: '/after-repair' } });
    return (await window.uploader.getSettings()).upload.folder;
  });
  expect(saved).toBe('/after-repair');
  const files = await readdir(userData);
  expect(files.filter((f) => f.startsWith('settings.json.corrupt-'))).toHaveLength(1);
  expect(app.errorBoxes).toEqual([]);
  expect(app.asks.filter((a) => a.kind === 'message')).toHaveLength(1);
});

test('a damaged state.db is moved aside with a warning, and the window works', async ({
  launch,
  appData,
}) => {
  const userData = join(appData, USER_DATA);
  await mkdir(userData, { recursive: true });
  await writeFile(
    join(userData, 'state.db'),
    'this is not a database, just some text '.repeat(200),
  );
  const app = launch();
  const page = await app.window();
  const warning = await app.waitForAsk('message');
  expect(warning.kind === 'message' && warning.options.message).toMatch(/could not be read/);
  app.answerNext('message', 0);
  expect(await page.evaluate(async () => (await window.uploader.getJobs()).jobs.length)).toBe(0);
  expect(app.errorBoxes).toEqual([]);
});

test('a read-only user-data folder: the window works and says nothing will be saved', async ({
  launch,
  appData,
}) => {
  const root = process.getuid?.() === 0;
  test.skip(process.platform === 'win32', 'folder modes do not exist on Windows');
  const userData = join(appData, USER_DATA);
  await mkdir(userData, { recursive: true });
  // Root ignores folder modes, so the app runs as an unprivileged user here.
  if (root) for (const folder of [dirname(appData), appData]) await chmod(folder, 0o755);
  await chmod(userData, 0o555);
  const app = launch(root ? { uid: 65534, env: { HOME: appData } } : {});
  const page = await app.window();
  const warning = await app.waitForAsk('message');
  expect(warning.kind === 'message' && warning.options.message).toMatch(/cannot be written/);
  app.answerNext('message', 0);
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  expect(await page.evaluate(async () => (await window.uploader.getJobs()).jobs.length)).toBe(0);
  expect(app.errorBoxes).toEqual([]);
  await chmod(userData, 0o755);
});

test('without node:sqlite the app says why in an error box and exits 1, leaving no window', async ({
  launch,
}) => {
  const app = launch({ env: { STANDIN_NO_SQLITE: '1' } });
  expect(await app.waitForExit()).toBe(1);
  expect(app.errorBoxes).toHaveLength(1);
  expect(app.errorBoxes[0]!.content).toMatch(/SQLite/);
  expect(app.errorBoxes[0]!.content).toMatch(/reinstall|install/i);
  expect(app.errorBoxes[0]!.content).not.toMatch(/\n\s+at /);
});
