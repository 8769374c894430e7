import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultStateDir } from '../../../../src/main/cli/state-dir';
import { APP_NAME } from '../../../../src/shared/app-name';

describe('defaultStateDir', () => {
  it('is the folder Electron gives the app for its user data, named after productName', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { productName: string };
    expect(APP_NAME).toBe(pkg.productName);
    expect(defaultStateDir({}, 'linux', '/home/ann')).toBe(`/home/ann/.config/${APP_NAME}`);
    expect(defaultStateDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux', '/home/ann')).toBe(
      `/cfg/${APP_NAME}`,
    );
    expect(defaultStateDir({}, 'darwin', '/Users/ann')).toBe(
      `/Users/ann/Library/Application Support/${APP_NAME}`,
    );
    expect(
      defaultStateDir({ APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ann'),
    ).toContain(APP_NAME);
  });
});
