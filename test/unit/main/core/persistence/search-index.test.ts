import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../../../src/main/core/persistence/search-index';

const e = (id: number, uploadedAt: number, name: string, folder = '/') => ({
  id,
  uploadedAt,
  name,
  folder,
});

describe('SearchIndex', () => {
  it('keeps newest first whatever order entries arrive in, and pages with a total', () => {
    const index = new SearchIndex([e(1, 10, 'b.jpg'), e(2, 30, 'a.jpg')]);
    index.add(e(3, 20, 'Straße.JPG', '/de'));
    index.add(e(4, 40, 'c.jpg'));
    index.add(e(5, 20, 'same-time.jpg'));
    expect(index.search({}, 0, 10)).toEqual({ ids: [4, 2, 5, 3, 1], total: 5 });
    expect(index.search({}, 1, 2)).toEqual({ ids: [2, 5], total: 5 });
    expect(index.search({ search: 'STRASSE' }, 0, 10).total).toBe(0);
    expect(index.search({ search: 'straße' }, 0, 10).ids).toEqual([3]);
    expect(index.search({ from: 20, to: 40 }, 0, 10).ids).toEqual([2, 5, 3]);
    expect(index.allFolders()).toEqual(['/', '/de']);
  });

  it('forgets removed entries and folders left empty', () => {
    const index = new SearchIndex([
      e(1, 1, 'a.jpg', '/x'),
      e(2, 2, 'b.jpg', '/y'),
      e(3, 3, 'c.jpg', '/y'),
    ]);
    index.remove(new Set([1, 3]));
    expect(index.search({}, 0, 10)).toEqual({ ids: [2], total: 1 });
    expect(index.allFolders()).toEqual(['/y']);
    expect(index.search({ folder: '/x' }, 0, 10).total).toBe(0);
  });
});
