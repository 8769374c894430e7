import type * as StateModule from '../../../../../src/renderer/src/store/library/state';
import type * as ActionsModule from '../../../../../src/renderer/src/store/library/actions';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { callApi } from '../../../../../src/main/core/api/method-args';
import { storePng } from '../../../../integration/library-fixtures';
import { PRIVATE_KEY, startRig, type ServiceRig } from '../../../../support/service-rig';

let rig: ServiceRig;
let store: typeof StateModule & typeof ActionsModule;
let clipboard = '';
const notices: string[] = [];

const COUNT = 45;
const name = (i: number) => `shot-${String(i).padStart(2, '0')}.png`;

beforeAll(async () => {
  rig = await startRig();
  await rig.connect();
  for (let i = 0; i < COUNT; i++) {
    await storePng(rig.emulator, PRIVATE_KEY, { name: name(i), folder: '/batch', width: 20 });
  }
  // The page's bridge, as the preload gives it: JSON across, the same checks main applies.
  const bridge = (method: 'listLibrary' | 'deleteLibraryFile') => (arg: unknown) =>
    callApi(rig.service, method, [JSON.parse(JSON.stringify(arg))]);
  vi.stubGlobal('window', {
    uploader: {
      listLibrary: bridge('listLibrary'),
      deleteLibraryFile: bridge('deleteLibraryFile'),
    },
  });
  vi.stubGlobal('navigator', {
    clipboard: { writeText: async (text: string) => void (clipboard = text) },
  });
  store = {
    ...(await import('../../../../../src/renderer/src/store/library/state')),
    ...(await import('../../../../../src/renderer/src/store/library/actions')),
  };
  const ui = await import('../../../../../src/renderer/src/store/ui/state');
  ui.useUi.subscribe((s) => notices.push(...s.notices.map((n) => n.text)));
}, 60_000);
afterAll(() => rig.close());

const names = () => store.useLibrary.getState().files.map((f) => f.name);

describe('the Library store over the real service and emulator', () => {
  it('loads the newest page, then appends the next with Load more until none is left', async () => {
    await store.reloadLibrary();
    const first = store.useLibrary.getState();
    expect(first.status).toBe('ready');
    expect(first.files).toHaveLength(store.LIBRARY_PAGE);
    expect(first.files[0]?.name).toBe(name(COUNT - 1));
    expect(first.hasMore).toBe(true);
    await store.loadMoreLibrary();
    expect(names()).toEqual(Array.from({ length: COUNT }, (_, i) => name(COUNT - 1 - i)));
    expect(store.useLibrary.getState().hasMore).toBe(false);
  });

  it('searches once typing pauses, and only the last search counts', async () => {
    store.setLibrarySearch('shot-1');
    store.setLibrarySearch('shot-0');
    // Nothing is asked until the pause: the list still shows the earlier answer.
    expect(store.useLibrary.getState().search).toBe('shot-0');
    expect(store.useLibrary.getState().files).toHaveLength(COUNT);
    await vi.waitFor(
      () => {
        const s = store.useLibrary.getState();
        expect(s.status === 'ready' && s.files.length < COUNT).toBe(true);
      },
      { timeout: 5000, interval: 20 },
    );
    expect(names()).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map(name));
  });

  it('copies in the chosen format and deletes a file on ImageKit', async () => {
    const file = store.useLibrary.getState().files[0];
    if (!file) throw new Error('no file listed');
    store.setCopyFormat('markdown');
    await store.copyLibraryFile(file);
    expect(clipboard).toBe(`![${file.name}](${file.url})`);
    store.confirmDelete(file);
    expect(store.useLibrary.getState().confirming).toBe(file);
    await store.deleteLibraryFile(file);
    expect(store.useLibrary.getState().confirming).toBeNull();
    expect(names()).not.toContain(file.name);
    expect(rig.emulator.files().map((f) => f.fileId)).not.toContain(file.fileId);
    expect(notices).toContain(`Deleted ${file.name} from ImageKit.`);
  });

  it('shows the reason as a sentence when the list cannot be read', async () => {
    await rig.service.setPrivateKey(null);
    await store.reloadLibrary();
    const s = store.useLibrary.getState();
    expect(s.status).toBe('error');
    expect(s.error).toBe(
      'The Library needs the private key. Add it in Settings, then open the Library again.',
    );
  });
});
