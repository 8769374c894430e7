import { test, expect, _electron as electron } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** The Electron binary if this machine has one (npm installs the package; the binary downloads on first run). */
function electronBinary(): string | null {
  try {
    const require = createRequire(import.meta.url);
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const built = existsSync(join(process.cwd(), 'out/main/index.js'));

test.describe('desktop app', () => {
  test.skip(
    !binary,
    'skipped: no Electron binary on this machine (it downloads on the first `npm start`)',
  );
  test.skip(!built, 'skipped: the app is not built; run `npm run build` first');

  test('starts locked down and shows the empty window', async () => {
    const app = await electron.launch({ executablePath: binary ?? undefined, args: ['.'] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByText('Drop images or folders here')).toBeVisible();
      // The page has the contract's API and nothing of Node's (sandboxed, isolated, no Node).
      const exposed = await page.evaluate(() => ({
        uploader: typeof window.uploader?.addPaths,
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(exposed).toEqual({ uploader: 'function', require: 'undefined', process: 'undefined' });
    } finally {
      await app.close();
    }
  });
});
