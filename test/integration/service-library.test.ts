import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callApi } from '../../src/main/core/api/method-args';
import { LIBRARY_NEEDS_KEY } from '../../src/main/core/imagekit';
import { strings } from '../../src/shared/strings';
import { storePng } from './library-fixtures';
import { PRIVATE_KEY, startRig, type ServiceRig } from '../support/service-rig';

let rig: ServiceRig;

beforeEach(async () => {
  rig = await startRig();
});
afterEach(() => rig.close());

describe('the Library through the service', () => {
  it('pages through the upload folder newest first and tells whether more follow', async () => {
    await rig.connect();
    for (let i = 0; i < 5; i++) {
      await storePng(rig.emulator, PRIVATE_KEY, { name: `p${i}.png`, folder: '/batch' });
    }
    await storePng(rig.emulator, PRIVATE_KEY, { name: 'other.png', folder: '/other' });
    const first = await rig.service.listLibrary({ limit: 2 });
    expect(first.files.map((f) => f.name)).toEqual(['p4.png', 'p3.png']);
    expect(first.hasMore).toBe(true);
    const last = await rig.service.listLibrary({ offset: 4, limit: 2 });
    expect(last.files.map((f) => f.name)).toEqual(['p0.png']);
    expect(last.hasMore).toBe(false);
    const exact = await rig.service.listLibrary({ offset: 3, limit: 2 });
    expect(exact.hasMore).toBe(false);
    const found = await rig.service.listLibrary({ search: 'p2' });
    expect(found.files.map((f) => f.filePath)).toEqual(['/batch/p2.png']);
  });

  it('deletes a file by id, and the next page no longer has it', async () => {
    await rig.connect();
    await storePng(rig.emulator, PRIVATE_KEY, { name: 'keep.png', folder: '/batch' });
    const id = await storePng(rig.emulator, PRIVATE_KEY, { name: 'drop.png', folder: '/batch' });
    await rig.service.deleteLibraryFile(id);
    const page = await rig.service.listLibrary({});
    expect(page.files.map((f) => f.name)).toEqual(['keep.png']);
    await expect(rig.service.deleteLibraryFile(id)).rejects.toThrow(/no longer on ImageKit/);
  });

  it('says what it needs when there is no key or only an auth endpoint', async () => {
    await expect(rig.service.listLibrary({})).rejects.toThrow(strings.library.needsKey);
    await rig.connect();
    await rig.service.updateSettings({
      connection: { authMode: 'auth-endpoint', authEndpoint: rig.emulator.authEndpoint },
    });
    await expect(rig.service.listLibrary({})).rejects.toThrow(LIBRARY_NEEDS_KEY.message);
    await expect(rig.service.deleteLibraryFile('abc')).rejects.toThrow(LIBRARY_NEEDS_KEY.message);
  });

  it('checks the arguments from the page before anything is sent', async () => {
    await rig.connect();
    const before = rig.emulator.stats().requests;
    const bad: Array<[string, unknown[]]> = [
      ['listLibrary', [{ limit: 101 }]],
      ['listLibrary', [{ offset: -1 }]],
      ['listLibrary', [{ search: 'x'.repeat(101) }]],
      ['listLibrary', [{ path: '/' }]],
      ['listLibrary', ['everything']],
      ['deleteLibraryFile', ['../../v1/files']],
      ['deleteLibraryFile', ['']],
      ['deleteLibraryFile', [42]],
    ];
    for (const [method, args] of bad) {
      expect(() => callApi(rig.service, method as 'listLibrary', args)).toThrow(
        /must be|not valid|unknown field/,
      );
    }
    expect(rig.emulator.stats().requests).toBe(before);
  });
});
