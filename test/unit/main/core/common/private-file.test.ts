import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import {
  makeFolders,
  makePrivateDir,
  makePrivateFile,
  PRIVATE_FILE_MODE,
  restrictToOwner,
} from '../../../../../src/main/core/common/private-file';
import { tempDir } from '../../../../support/images';

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

const modeOf = (path: string): number => statSync(path).mode & 0o777;

describe('the secrets file is for its owner only', () => {
  it('narrows a file an older version left readable by others to 0600', async () => {
    const t = await tempDir('uploader-secrets-');
    cleanup = t.cleanup;
    const path = join(t.dir, 'secrets.json');
    writeFileSync(path, '{}');
    chmodSync(path, 0o644);
    expect(restrictToOwner(path, 'linux')).toBe(true);
    expect(modeOf(path)).toBe(PRIVATE_FILE_MODE);
    expect(restrictToOwner(path, 'linux')).toBe(false);
  });

  it('is how the settings library (conf, under electron-store) writes the secrets file', async () => {
    const t = await tempDir('uploader-secrets-');
    cleanup = t.cleanup;
    const store = new Conf<{ privateKey?: string }>({
      cwd: t.dir,
      configName: 'secrets',
      projectName: 'uploader-test',
      configFileMode: PRIVATE_FILE_MODE,
    });
    store.set('privateKey', 'sealed-value');
    expect(modeOf(store.path)).toBe(0o600);
    store.set('privateKey', 'replaced');
    expect(modeOf(store.path)).toBe(0o600);
  });

  it('leaves a missing file, and Windows, alone', async () => {
    const t = await tempDir('uploader-secrets-');
    cleanup = t.cleanup;
    expect(restrictToOwner(join(t.dir, 'not-yet.json'), 'linux')).toBe(false);
    const path = join(t.dir, 'secrets.json');
    writeFileSync(path, '{}');
    chmodSync(path, 0o644);
    expect(restrictToOwner(path, 'win32')).toBe(false);
    expect(modeOf(path)).toBe(0o644);
  });
});

describe.skipIf(process.platform === 'win32')(
  'owner-only folders and files (skipped on Windows, which has no mode bits)',
  () => {
    it('makes a folder and its missing parents 0700, and narrows one that exists', async () => {
      const t = await tempDir('uploader-private-');
      cleanup = t.cleanup;
      const nested = join(t.dir, 'config', 'app');
      makePrivateDir(nested);
      expect(modeOf(nested)).toBe(0o700);
      expect(modeOf(join(t.dir, 'config'))).toBe(0o700);
      chmodSync(nested, 0o755);
      makePrivateDir(nested);
      expect(modeOf(nested)).toBe(0o700);
    });

    it('refuses a folder where a file is, or below one, and a path the system cannot make', async () => {
      const t = await tempDir('uploader-private-');
      cleanup = t.cleanup;
      const file = join(t.dir, 'a-file');
      writeFileSync(file, 'x');
      expect(() => makeFolders(file, 0o700)).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
      expect(() => makeFolders(join(file, 'below'), 0o700)).toThrow(
        expect.objectContaining({ code: 'ENOTDIR' }),
      );
      // A recursive mkdir never returns here; this one throws at once.
      if (process.platform === 'linux') {
        expect(() => makeFolders('/proc/uploader-test/x', 0o700)).toThrow(
          expect.objectContaining({ code: 'ENOENT' }),
        );
      }
    });

    it('creates a missing file 0600, and narrows an existing one without touching its content', async () => {
      const t = await tempDir('uploader-private-');
      cleanup = t.cleanup;
      const path = join(t.dir, 'state.db');
      makePrivateFile(path);
      expect(modeOf(path)).toBe(0o600);
      expect(readFileSync(path, 'utf8')).toBe('');
      writeFileSync(path, 'kept');
      chmodSync(path, 0o644);
      makePrivateFile(path);
      expect(modeOf(path)).toBe(0o600);
      expect(readFileSync(path, 'utf8')).toBe('kept');
    });

    it('takes bits away only, never adds one', async () => {
      const t = await tempDir('uploader-private-');
      cleanup = t.cleanup;
      const readOnly = join(t.dir, 'read-only.json');
      writeFileSync(readOnly, '{}', { mode: 0o444 });
      expect(restrictToOwner(readOnly, 'linux')).toBe(true);
      expect(modeOf(readOnly)).toBe(0o400);
      chmodSync(t.dir, 0o555);
      makePrivateDir(t.dir);
      expect(modeOf(t.dir)).toBe(0o500);
      chmodSync(t.dir, 0o700);
    });
  },
);
