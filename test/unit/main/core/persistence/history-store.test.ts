import { describe, expect, it } from 'vitest';
import { SqliteHistoryStore } from '../../../../../src/main/core/persistence';
import { migrate } from '../../../../../src/main/core/persistence/schema';
import { openDatabase } from '../../../../../src/main/core/persistence/sqlite';
import type { HistoryEntry } from '../../../../../src/shared/history';

function store(): SqliteHistoryStore {
  const d = openDatabase(':memory:');
  migrate(d);
  return new SqliteHistoryStore(d);
}

function entry(i: number, over: Partial<HistoryEntry> = {}): Omit<HistoryEntry, 'id'> {
  const v = (suffix: string) => ({
    url: `https://ik.example/demo/${i}${suffix}`,
    fileId: `f${i}${suffix}`,
    filePath: `/${i}${suffix}`,
    width: 800,
    height: 600,
    bytes: 1000 + i,
  });
  return {
    source: `/photos/Photo_${i}.JPG`,
    name: `Photo_${i}.JPG`,
    sha256: i.toString(16).padStart(64, '0'),
    presetsHash: 'p',
    origin: 'https://upload.imagekit.io',
    folder: i % 2 ? '/odd' : '/even',
    uploadedAt: 1_000 + i,
    main: v('.webp'),
    thumb: v('.thumb.png'),
    ...over,
  };
}

describe('SqliteHistoryStore', () => {
  it('finds a duplicate only on the same content, presets, origin and folder', () => {
    const h = store();
    const first = h.record(entry(1));
    const key = { sha256: first.sha256, presetsHash: 'p', origin: first.origin, folder: '/odd' };
    expect(h.findDuplicate(key)).toEqual(first);
    expect(h.findDuplicate({ ...key, presetsHash: 'q' })).toBeNull();
    expect(h.findDuplicate({ ...key, folder: '/even' })).toBeNull();
    expect(h.findDuplicate({ ...key, origin: 'http://127.0.0.1:1' })).toBeNull();
    const later = h.record(entry(1, { uploadedAt: 5_000 }));
    expect(h.findDuplicate(key)?.id).toBe(later.id);
  });

  it('searches names in any case, filters by folder and dates, newest first with a total', () => {
    const h = store();
    for (let i = 0; i < 30; i++) h.record(entry(i));
    h.record(entry(99, { name: '100%_sure.png' }));
    const page = h.query({ search: 'photo_1', limit: 5 });
    expect(page.total).toBe(11); // Photo_1 and Photo_10..19
    expect(page.entries.map((e) => e.name)).toEqual([
      'Photo_19.JPG',
      'Photo_18.JPG',
      'Photo_17.JPG',
      'Photo_16.JPG',
      'Photo_15.JPG',
    ]);
    expect(page.folders).toEqual(['/even', '/odd']);
    expect(h.query({ search: '%' }).entries.map((e) => e.name)).toEqual(['100%_sure.png']);
    expect(h.query({ search: '_1' }).total).toBe(11);
    const odd = h.query({ folder: '/odd', from: 1_010, to: 1_020 });
    expect(odd.entries.map((e) => e.uploadedAt)).toEqual([1_019, 1_017, 1_015, 1_013, 1_011]);
    expect(h.query({ offset: 28, limit: 10 }).entries).toHaveLength(3);
  });

  it('gets and removes by id, and removing touches nothing else', () => {
    const h = store();
    const ids = [1, 2, 3].map((i) => h.record(entry(i)).id);
    expect(h.get([ids[0] as number, ids[2] as number]).map((e) => e.name)).toEqual([
      'Photo_3.JPG',
      'Photo_1.JPG',
    ]);
    expect(h.remove([ids[1] as number, 12345])).toBe(1);
    expect(h.query({}).total).toBe(2);
  });
});
