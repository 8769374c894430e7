import { API_METHODS, channelFor } from '../../src/shared/contract';
import { expect, test } from './fixtures';

test('starts with one locked-down window, the menu, and a handler for every contract method', async ({
  launch,
}) => {
  const app = launch();
  const page = await app.window();
  await expect(page.getByText('Drop images or folders here')).toBeVisible();
  expect(await app.request('handlers')).toEqual(
    expect.arrayContaining(API_METHODS.map((m) => channelFor(m))),
  );
  expect((await app.request<string[]>('handlers')).sort()).toEqual(
    API_METHODS.map((m) => channelFor(m)).sort(),
  );

  const { preferences } = await app.request<{ preferences: Record<string, unknown> }>(
    'web-preferences',
  );
  expect(preferences).toMatchObject({
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
  });
  expect(preferences.preload).toMatch(/out[\\/]preload[\\/]index\.cjs$/);

  // The page has the contract's API and nothing of Node's or of the stand-in's line to main.
  const exposed = await page.evaluate(() => ({
    uploader: typeof window.uploader?.addPaths,
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    ipc: typeof (window as unknown as { __standInIpc?: unknown }).__standInIpc,
  }));
  expect(exposed).toEqual({
    uploader: 'function',
    require: 'undefined',
    process: 'undefined',
    ipc: 'undefined',
  });

  const menu = await app.request<Array<{ label: string; items: string[] }>>('menu-labels');
  expect(menu.map((m) => m.label.replace('&', ''))).toEqual(
    expect.arrayContaining(['File', 'Edit', 'View', 'Window', 'Help']),
  );
  // File → Settings opens the drawer in the page.
  await app.request('menu-click', ['File', 'Settings']);
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
});

test('the page may write the clipboard and nothing else: the app decides every permission', async ({
  launch,
}) => {
  const app = launch();
  await app.window();
  const { permissions } = await app.request<{ permissions: Record<string, boolean> }>(
    'web-preferences',
  );
  const granted = Object.entries(permissions)
    .filter(([, allowed]) => allowed)
    .map(([name]) => name);
  expect(granted).toEqual(['clipboard-sanitized-write']);
  expect(Object.keys(permissions)).toEqual(
    expect.arrayContaining(['clipboard-read', 'notifications', 'media', 'geolocation']),
  );
});

test('the app:// responses carry the Content Security Policy themselves', async ({ launch }) => {
  const app = launch();
  const page = await app.window();
  const response = await page.reload();
  const policy = response?.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("default-src 'none'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain("connect-src 'none'");
  // The <meta> policy stays as a floor.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
  // A script asset is served with its own type and nosniff, through the app's handler.
  const script = await page.evaluate(() =>
    (document.querySelector('script[src]') as HTMLScriptElement | null)?.getAttribute('src'),
  );
  expect(script).toBeTruthy();
  const asset = await page.request.get(new URL(script as string, page.url()).href);
  expect(asset.headers()['content-type']).toContain('javascript');
  expect(asset.headers()['x-content-type-options']).toBe('nosniff');
  expect(asset.headers()['content-security-policy']).toBeTruthy();
});
