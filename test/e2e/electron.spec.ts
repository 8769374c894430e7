import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron binary if this machine has one. The package downloads it on first use; requiring
 * `electron` here would start that download, so this only looks for what is already on disk.
 */
function electronBinary(): string | null {
  const pkg = join(process.cwd(), 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built = existsSync(join(process.cwd(), 'out/main/index.js'));

test.describe('desktop app', () => {
  test.skip(!binary, 'no Electron binary on this machine (it downloads on the first `npm start`)');
  test.skip(!built, 'the app is not built; run `npm run build` first');

  test('starts locked down and shows the empty window', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.'] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByText('Drop images or folders here')).toBeVisible();
      // Served over the app's own scheme, not file://.
      expect(page.url()).toBe('app://renderer/index.html');
      // The page has the contract's API and nothing of Node's (sandboxed, isolated, no Node).
      const exposed = await page.evaluate(() => ({
        uploader: typeof window.uploader?.addPaths,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ uploader: 'function', require: 'undefined', process: 'undefined' });

      // The application menu is installed, and File → Settings opens the drawer in the page.
      const labels = await app.evaluate(({ Menu }) =>
        (Menu.getApplicationMenu()?.items ?? []).flatMap((top) => [
          top.label,
          ...(top.submenu?.items ?? []).map((i) => i.label),
        ]),
      );
      expect(labels).toEqual(expect.arrayContaining(['Add Images…', 'Add Folder…', 'History']));
      await app.evaluate(({ Menu }) => {
        const all = (Menu.getApplicationMenu()?.items ?? []).flatMap((t) => t.submenu?.items ?? []);
        all.find((i) => i.accelerator === 'CmdOrCtrl+,')?.click();
      });
      await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
    } finally {
      await app.close();
    }
  });
});
