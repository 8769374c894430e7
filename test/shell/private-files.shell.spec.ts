/**
 * What the app writes in its user-data folder is its owner's only: the folder 0700, every file
 * 0600, from a fresh start, and narrowed at start where an older version left them wider. No
 * secret is kept anywhere but the secrets file.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { modesIn, NO_MODES, NO_MODES_REASON, STATE_FILES } from '../support/file-modes';
import { expect, test } from './fixtures';
import { addThroughMenu, connect, expectUploaded, writeScenes } from './steps';

const SERVER_KEY = 'serverKey_0123456789abcdef';
const FILES = ['settings.json', 'secrets.json', ...STATE_FILES, 'export.csv'];

test('a fresh start makes the user-data folder 0700 and every file in it 0600', async ({
  launch,
  userData,
  dir,
  emulator,
}) => {
  test.skip(NO_MODES, NO_MODES_REASON);
  const app = launch();
  const page = await app.window();
  await connect(page, emulator);
  const paths = await writeScenes(dir, ['private.jpg']);
  await addThroughMenu(app, paths);
  await expectUploaded(page, ['private.jpg']);
  // An export the person saves into the user-data folder.
  app.answerNext('save', join(userData, 'export.csv'));
  const exported = await page.evaluate(() => window.uploader.exportHistory({ format: 'csv' }));
  expect(exported).toMatchObject({ ok: true, count: 1 });
  const modes = modesIn(userData, FILES);
  expect(modes).toMatchObject({
    '.': '0700',
    'settings.json': '0600',
    'secrets.json': '0600',
    'state.db': '0600',
    'state.db-wal': '0600',
    'export.csv': '0600',
  });
  for (const [name, mode] of Object.entries(modes)) {
    expect(mode, name).toBe(name === '.' ? '0700' : '0600');
  }
});

test('a folder and files an older version left readable by others are narrowed at start', async ({
  launch,
  userData,
}) => {
  test.skip(NO_MODES, NO_MODES_REASON);
  await mkdir(userData, { recursive: true });
  await chmod(userData, 0o755);
  await writeFile(join(userData, 'settings.json'), '{"settings": {"upload": {"folder": "/old"}}}');
  await writeFile(join(userData, 'secrets.json'), '{}');
  for (const name of ['settings.json', 'secrets.json']) await chmod(join(userData, name), 0o644);
  const app = launch();
  const page = await app.window();
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  expect(await page.evaluate(async () => (await window.uploader.getSettings()).upload.folder)).toBe(
    '/old',
  );
  expect(modesIn(userData, ['settings.json', 'secrets.json', 'state.db'])).toEqual({
    '.': '0700',
    'settings.json': '0600',
    'secrets.json': '0600',
    'state.db': '0600',
  });
});

/** The files in `dir` whose bytes hold `secret`. */
function filesHolding(dir: string, secret: string): string[] {
  return readdirSync(dir).filter((name) => {
    const path = join(dir, name);
    return statSync(path).isFile() && readFileSync(path).includes(secret);
  });
}

test('the local server key is kept with the private key: never in settings.json or state.db', async ({
  launch,
  userData,
}) => {
  const app = launch();
  const page = await app.window();
  await page.evaluate(
    async ({ serverKey, privateKey }) => {
      await window.uploader.updateSettings({ integrations: { picgo: { key: serverKey } } });
      await window.uploader.setPrivateKey(privateKey);
    },
    { serverKey: SERVER_KEY, privateKey: 'private_key_at_rest_99' },
  );
  expect(filesHolding(userData, SERVER_KEY)).toEqual([]);
  expect(filesHolding(userData, 'private_key_at_rest_99')).toEqual([]);
  const secrets = JSON.parse(readFileSync(join(userData, 'secrets.json'), 'utf8'));
  expect(Object.keys(secrets).sort()).toEqual(['privateKey', 'serverKey']);
  await app.close();

  // The next start has it back, for Settings to show and the server to ask for.
  const again = launch();
  const next = await again.window();
  expect(
    await next.evaluate(async () => (await window.uploader.getSettings()).integrations.picgo.key),
  ).toBe(SERVER_KEY);
});

test('a server key an older version kept in settings.json moves to the secrets file at start', async ({
  launch,
  userData,
}) => {
  await mkdir(userData, { recursive: true });
  const picgo = { enabled: false, port: 36677, key: SERVER_KEY };
  await writeFile(
    join(userData, 'settings.json'),
    JSON.stringify({ settings: { integrations: { picgo } } }),
  );
  const app = launch();
  const page = await app.window();
  expect(
    await page.evaluate(async () => (await window.uploader.getSettings()).integrations.picgo.key),
  ).toBe(SERVER_KEY);
  expect(filesHolding(userData, SERVER_KEY)).toEqual([]);
  expect(JSON.parse(readFileSync(join(userData, 'secrets.json'), 'utf8')).serverKey).toEqual(
    expect.any(String),
  );
});
