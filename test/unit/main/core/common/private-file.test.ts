import { chmodSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import {
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
