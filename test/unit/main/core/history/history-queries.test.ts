import { strings } from '../../../../../src/shared/strings';
import { readFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseArgs } from '../../../../../src/main/core/api/method-args';
import { ImagePool, nodeWorkerLauncher } from '../../../../../src/main/core/images';
import { createUploader } from '../../../../../src/main/core/imagekit';
import { HEADLESS_PLATFORM, type HistoryStore } from '../../../../../src/main/core/ports';
import { type UploadService } from '../../../../../src/main/core/service/upload-service';
import { createService } from '../../../../../src/main/core/service/create-service';
import { historyEntry } from '../../../../support/history-entries';
import { createTestHistoryStore } from '../../../../support/test-history';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 1);

interface SaveTarget {
  /** What the save dialog answers next: a folder to save into, or null for Cancel. */
  saveInto: string | null;
  readonly saved: Array<{ name: string; path: string }>;
}

interface Rig extends SaveTarget {
  readonly service: UploadService;
  readonly store: HistoryStore;
}

let dir: string;
let rig: Rig;

function makeService(history: HistoryStore | undefined, target: SaveTarget | null): UploadService {
  let stored: unknown;
  let key: string | null = null;
  return createService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: { load: () => stored, save: (s) => void (stored = s) },
    secrets: { get: () => key, set: (v) => void (key = v), protection: () => 'os' },
    platform: {
      ...HEADLESS_PLATFORM,
      saveFile: async (name, contents) => {
        if (!target || target.saveInto === null) return null;
        const path = join(target.saveInto, name);
        await writeFile(path, contents);
        target.saved.push({ name, path });
        return path;
      },
    },
    uploaderFactory: createUploader,
    history,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'history-test-'));
  const store = createTestHistoryStore();
  // 30 uploads over 30 days: every third in /blog, names photo-00 .. photo-29.
  for (let i = 0; i < 30; i += 1) {
    const name = `photo-${String(i).padStart(2, '0')}.jpg`;
    store.record(
      historyEntry({ name, folder: i % 3 === 0 ? '/blog' : '/', uploadedAt: T0 + i * DAY }),
    );
  }
  const target: SaveTarget = { saveInto: dir, saved: [] };
  rig = Object.assign(target, { store, service: makeService(store, target) });
});

afterEach(async () => {
  await rig.service.close();
  await rm(dir, { recursive: true, force: true });
});

describe('history through the service', () => {
  it('pages newest first with the total and every folder', async () => {
    const page = await rig.service.queryHistory({ offset: 5, limit: 10 });
    expect(page.total).toBe(30);
    expect(page.entries.map((e) => e.name)).toEqual(
      Array.from({ length: 10 }, (_, i) => `photo-${String(24 - i).padStart(2, '0')}.jpg`),
    );
    expect(page.folders).toEqual(['/', '/blog']);
  });

  it('filters by name, folder and date together', async () => {
    const page = await rig.service.queryHistory({
      search: 'PHOTO-1',
      folder: '/blog',
      from: T0 + 10 * DAY,
      to: T0 + 19 * DAY,
    });
    expect(page.entries.map((e) => e.name)).toEqual([
      'photo-18.jpg',
      'photo-15.jpg',
      'photo-12.jpg',
    ]);
    expect(page.total).toBe(3);
  });

  it('removes only the named entries and says how many', async () => {
    const { entries } = await rig.service.queryHistory({ limit: 2 });
    const ids = entries.map((e) => e.id);
    expect(await rig.service.removeFromHistory([...ids, 99_999])).toBe(2);
    const after = await rig.service.queryHistory({});
    expect(after.total).toBe(28);
    expect(after.entries.some((e) => ids.includes(e.id))).toBe(false);
  });

  it('exports a selection as CSV to the chosen file, newest first', async () => {
    const { entries } = await rig.service.queryHistory({ search: 'photo-0' });
    const picked = [entries[3]!.id, entries[0]!.id];
    const result = await rig.service.exportHistory({ ids: picked, format: 'csv' });
    expect(result).toEqual({
      ok: true,
      path: join(dir, 'imagekit-uploads-' + today() + '.csv'),
      count: 2,
    });
    const rows = (await readFile(join(dir, rig.saved[0]!.name), 'utf8')).trim().split('\r\n');
    expect(rows[0]).toMatch(/^name,source,folder,uploadedAt/);
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['photo-09.jpg', 'photo-06.jpg']);
  });

  it('exports everything matching a query as a JSON manifest, ignoring paging', async () => {
    const result = await rig.service.exportHistory({
      query: { folder: '/', offset: 3, limit: 1 },
      format: 'json',
    });
    expect(result).toMatchObject({ ok: true, count: 20 });
    const manifest = JSON.parse(await readFile(rig.saved[0]!.path, 'utf8')) as Array<{
      folder: string;
      uploadedAt: string;
    }>;
    expect(manifest).toHaveLength(20);
    expect(manifest.every((m) => m.folder === '/')).toBe(true);
    expect(manifest[0]!.uploadedAt).toBe(new Date(T0 + 29 * DAY).toISOString());
  });

  it('says the export was cancelled when the save dialog is dismissed', async () => {
    rig.saveInto = null;
    expect(await rig.service.exportHistory({ format: 'csv' })).toEqual({
      ok: false,
      cancelled: true,
    });
  });

  it('explains an export with nothing in it instead of writing an empty file', async () => {
    await expect(rig.service.exportHistory({ ids: [123_456], format: 'csv' })).rejects.toThrow(
      strings.history.nothingMatches,
    );
    expect(rig.saved).toHaveLength(0);
  });

  it('without a history store: an empty page, nothing removed, a sentence for export', async () => {
    const bare = makeService(undefined, null);
    try {
      expect(await bare.queryHistory({ search: 'x' })).toEqual({
        total: 0,
        entries: [],
        folders: [],
      });
      expect(await bare.removeFromHistory([1, 2])).toBe(0);
      await expect(bare.exportHistory({ format: 'json' })).rejects.toThrow(
        strings.history.noHistory,
      );
    } finally {
      await bare.close();
    }
  });
});

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('history argument checks', () => {
  it('passes well-formed queries, ids and export requests through', () => {
    expect(parseArgs('queryHistory', [{}])).toEqual([{}]);
    expect(
      parseArgs('queryHistory', [
        { search: 'lake', folder: '/blog', from: 0, to: T0, offset: 200, limit: 1000 },
      ]),
    ).toEqual([{ search: 'lake', folder: '/blog', from: 0, to: T0, offset: 200, limit: 1000 }]);
    expect(parseArgs('removeFromHistory', [[1, 2, 3]])).toEqual([[1, 2, 3]]);
    expect(parseArgs('exportHistory', [{ ids: [4], format: 'csv' }])).toEqual([
      { ids: [4], format: 'csv' },
    ]);
    expect(parseArgs('exportHistory', [{ query: { search: 'a' }, format: 'json' }])).toEqual([
      { query: { search: 'a' }, format: 'json' },
    ]);
  });

  it.each([
    ['queryHistory', [null]],
    ['queryHistory', [[]]],
    ['queryHistory', [{ limit: 1001 }]],
    ['queryHistory', [{ limit: -1 }]],
    ['queryHistory', [{ limit: 2.5 }]],
    ['queryHistory', [{ offset: -5 }]],
    ['queryHistory', [{ offset: Number.POSITIVE_INFINITY }]],
    ['queryHistory', [{ from: Number.NaN }]],
    ['queryHistory', [{ to: -1 }]],
    ['queryHistory', [{ from: '2026-01-01' }]],
    ['queryHistory', [{ search: 'x'.repeat(201) }]],
    ['queryHistory', [{ search: 'a\u0000b' }]],
    ['queryHistory', [{ folder: 42 }]],
    ['queryHistory', [{ orderBy: 'name; DROP TABLE history' }]],
    ['removeFromHistory', [1]],
    ['removeFromHistory', [['1']]],
    ['removeFromHistory', [[0]]],
    ['removeFromHistory', [[1.5]]],
    ['removeFromHistory', [[Number.NaN]]],
    ['exportHistory', [{ format: 'xlsx' }]],
    ['exportHistory', [{}]],
    ['exportHistory', [{ format: 'csv', ids: 'all' }]],
    ['exportHistory', [{ format: 'csv', query: { limit: 5000 } }]],
    ['exportHistory', [{ format: 'csv', path: '/etc/passwd' }]],
  ] as const)('rejects %s(%j)', (method, args) => {
    expect(() => parseArgs(method, args)).toThrow();
  });

  it('caps how many ids one call may name', () => {
    const many = Array.from({ length: 100_001 }, (_, i) => i + 1);
    expect(() => parseArgs('removeFromHistory', [many])).toThrow(/at most 100000/);
  });
});
