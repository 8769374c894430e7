import { describe, expect, it } from 'vitest';
import { HISTORY_MAX_LIMIT } from '../../../src/shared/history';
import type { HistoryPage, HistoryQuery } from '../../../src/shared/history';
import { allMatching, newestFirst } from '../../../src/shared/history-paging';
import { evictFar, MAX_CACHED_PAGES, pagesCovering } from '../../../src/shared/history-paging';
import { historyEntry } from '../../support/history-entries';

describe('history paging', () => {
  it('covers a row range with whole pages, clipped to the total', () => {
    expect(pagesCovering(0, 30, 1000)).toEqual([0]);
    expect(pagesCovering(190, 410, 1000)).toEqual([0, 1, 2]);
    expect(pagesCovering(990, 1200, 1000)).toEqual([4]);
    expect(pagesCovering(0, 10, 0)).toEqual([]);
  });

  it('drops the cached pages farthest from the screen first', () => {
    const pages = new Map(Array.from({ length: 25 }, (_, p) => [p, p] as const));
    const kept = evictFar(pages, 24);
    expect(kept.size).toBe(MAX_CACHED_PAGES);
    expect([...kept.keys()].sort((a, b) => a - b)[0]).toBe(5);
  });

  it('sorts newest first, the newer row first when two share a time', () => {
    const at = (id: number, uploadedAt: number) => ({
      ...historyEntry({ name: `img-${id}.jpg`, uploadedAt }),
      id,
    });
    const sorted = [at(1, 100), at(2, 300), at(3, 200), at(4, 300)].sort(newestFirst);
    expect(sorted.map((e) => e.id)).toEqual([4, 2, 3, 1]);
  });
});

describe('every matching entry', () => {
  /** A history of `count` entries that answers pages and records what was asked. */
  function history(count: number) {
    const all = Array.from({ length: count }, (_, i) => ({
      ...historyEntry({ name: `img-${i}.jpg`, uploadedAt: count - i }),
      id: i + 1,
    }));
    const asked: HistoryQuery[] = [];
    const ask = (q: HistoryQuery): HistoryPage => {
      asked.push(q);
      const offset = q.offset ?? 0;
      const entries = all.slice(offset, offset + (q.limit ?? 200));
      return { total: all.length, entries, folders: [] };
    };
    return { ask, asked };
  }

  it('asks a full page at a time and stops at a short page', async () => {
    const h = history(2 * HISTORY_MAX_LIMIT + 500);
    const entries = await allMatching({ folder: '/a' }, h.ask);
    expect(entries).toHaveLength(2 * HISTORY_MAX_LIMIT + 500);
    expect(h.asked).toEqual(
      [0, 1, 2].map((p) => ({
        folder: '/a',
        offset: p * HISTORY_MAX_LIMIT,
        limit: HISTORY_MAX_LIMIT,
      })),
    );
  });

  it('stops once it holds the total, without asking for an empty page', async () => {
    const h = history(2 * HISTORY_MAX_LIMIT);
    const ask = async (q: HistoryQuery) => h.ask(q);
    expect(await allMatching({}, ask)).toHaveLength(2 * HISTORY_MAX_LIMIT);
    expect(h.asked.map((q) => q.offset)).toEqual([0, HISTORY_MAX_LIMIT]);
  });
});
