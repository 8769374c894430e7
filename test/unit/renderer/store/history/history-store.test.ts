import type * as StateModule from '../../../../../src/renderer/src/store/history/state';
import type * as SelectorsModule from '../../../../../src/renderer/src/store/history/selectors';
import type * as QueriesModule from '../../../../../src/renderer/src/store/history/queries';
import type * as ActionsModule from '../../../../../src/renderer/src/store/history/actions';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { callApi } from '../../../../../src/main/core/api/method-args';
import * as core from '../../../../../src/main/core/history/history-queries';
import type { UploaderApi } from '../../../../../src/shared/contract';
import type { HistoryQuery } from '../../../../../src/shared/history';
import { historyEntry } from '../../../../support/history-entries';
import type { HistoryStore } from '../../../../../src/main/core/ports';
import { createTestHistoryStore } from '../../../../support/test-history';
import { SEARCH_DELAY_MS } from '../../../../../src/renderer/src/lib/debounced-search';
import { MAX_CACHED_PAGES, PAGE_SIZE } from '../../../../../src/shared/history-paging';
import { queryFor } from '../../../../../src/renderer/src/store/history/filters';

type Store = typeof StateModule &
  typeof SelectorsModule &
  typeof QueriesModule &
  typeof ActionsModule;
type Actions = typeof ActionsModule;

const COUNT = 5_000;
const T0 = Date.UTC(2026, 0, 1);
let history: HistoryStore;
const queries: HistoryQuery[] = [];
let clipboard = '';
let store: Store;
let actions: Actions;

// The store talks to the same validated calls main serves, over a real SQLite history.
const service = {
  queryHistory: async (q: HistoryQuery) => {
    queries.push(q);
    return core.queryHistory(history, q);
  },
  removeFromHistory: async (ids: readonly number[]) => core.removeFromHistory(history, ids),
} as Partial<UploaderApi> as UploaderApi;
const api = {
  queryHistory: (q: unknown) => callApi(service, 'queryHistory', [JSON.parse(JSON.stringify(q))]),
  removeFromHistory: (ids: unknown) => callApi(service, 'removeFromHistory', [ids]),
};

beforeAll(async () => {
  vi.stubGlobal('window', { uploader: api });
  vi.stubGlobal('navigator', {
    clipboard: { writeText: async (text: string) => void (clipboard = text) },
  });
  store = {
    ...(await import('../../../../../src/renderer/src/store/history/state')),
    ...(await import('../../../../../src/renderer/src/store/history/selectors')),
    ...(await import('../../../../../src/renderer/src/store/history/queries')),
    ...(await import('../../../../../src/renderer/src/store/history/actions')),
  };
  actions = await import('../../../../../src/renderer/src/store/history/actions');
});

beforeEach(async () => {
  history = createTestHistoryStore();
  for (let i = 0; i < COUNT; i++) {
    history.record(
      historyEntry({
        name: `img-${String(i).padStart(4, '0')}.jpg`,
        folder: i % 2 ? '/odd' : '/even',
        uploadedAt: T0 + i * 1000,
      }),
    );
  }
  queries.length = 0;
  clipboard = '';
  await store.setHistoryFilters({ search: '', folder: '', from: '', to: '' });
  queries.length = 0;
});

const name = (index: number) => `img-${String(COUNT - 1 - index).padStart(4, '0')}.jpg`;

describe('history filters', () => {
  it('turns date inputs into a from/to range covering whole local days', () => {
    const q = queryFor({ search: '  lake ', folder: '/a', from: '2026-03-03', to: '2026-03-06' });
    expect(q).toEqual({
      search: 'lake',
      folder: '/a',
      from: new Date(2026, 2, 3).getTime(),
      to: new Date(2026, 2, 7).getTime(),
    });
    expect(queryFor({ search: '', folder: '', from: 'nonsense', to: '' })).toEqual({});
  });
});

describe('history store', () => {
  it('loads the first page, then only the pages the screen reaches', async () => {
    const s = store.useHistory.getState();
    expect(s.total).toBe(COUNT);
    expect(s.pages.get(0)?.[0]?.name).toBe(name(0));
    await store.showRows(2 * PAGE_SIZE + 10, 2 * PAGE_SIZE + 40);
    expect(queries.map((q) => q.offset)).toEqual([2 * PAGE_SIZE]);
    await store.showRows(2 * PAGE_SIZE + 50, 2 * PAGE_SIZE + 80);
    expect(queries).toHaveLength(1);
  });

  it('never holds more than the cap, however far one scrolls', async () => {
    for (let row = 0; row < COUNT; row += 100) await store.showRows(row, row + 30);
    const { pages } = store.useHistory.getState();
    expect(pages.size).toBeLessThanOrEqual(MAX_CACHED_PAGES);
    expect(pages.has(Math.floor((COUNT - 1) / PAGE_SIZE))).toBe(true);
    expect(pages.has(0)).toBe(false);
  });

  it('waits for a pause in typing, then searches once', async () => {
    vi.useFakeTimers();
    try {
      void store.setHistoryFilters({ search: 'img-1' });
      void store.setHistoryFilters({ search: 'img-12' });
      const done = store.setHistoryFilters({ search: 'img-123' });
      expect(queries).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
      await done;
    } finally {
      vi.useRealTimers();
    }
    expect(queries).toEqual([{ search: 'img-123', offset: 0, limit: PAGE_SIZE }]);
    expect(store.useHistory.getState().total).toBe(10);
  });

  it('drops an answer for filters that changed while it was on its way', async () => {
    const late = store.showRows(10 * PAGE_SIZE, 10 * PAGE_SIZE + 5);
    await store.setHistoryFilters({ folder: '/odd' });
    await late;
    const s = store.useHistory.getState();
    expect(s.total).toBe(COUNT / 2);
    expect(s.pages.has(10)).toBe(false);
  });

  it('selects a shift-click range across a page edge, and copies it in order', async () => {
    const at = (i: number) => {
      const entry = store.useHistory.getState().pages.get(0)?.[i];
      if (!entry) throw new Error(`row ${i} not loaded`);
      return entry;
    };
    await store.toggleRow(at(PAGE_SIZE - 5), PAGE_SIZE - 5, false);
    await store.showRows(PAGE_SIZE, PAGE_SIZE + 10);
    const far = store.useHistory.getState().pages.get(1)?.[4];
    if (!far) throw new Error('row not loaded');
    await store.toggleRow(far, PAGE_SIZE + 4, true);
    expect(store.selectedCount(store.useHistory.getState())).toBe(10);
    await actions.copySelection('url');
    const lines = clipboard.split('\n');
    expect(lines).toHaveLength(10);
    expect(lines[0]).toContain(name(PAGE_SIZE - 5).replace('.jpg', '.webp'));
    expect(lines[9]).toContain(name(PAGE_SIZE + 4).replace('.jpg', '.webp'));
    // Shift-click again on a selected row clears the range back to the anchor.
    await store.toggleRow(far, PAGE_SIZE + 4, false);
    expect(store.selectedCount(store.useHistory.getState())).toBe(9);
  });

  it('"select all" covers rows never loaded, minus the ones unticked', async () => {
    await store.setHistoryFilters({ folder: '/even' });
    store.selectAllMatching();
    const first = store.useHistory.getState().pages.get(0)?.[0];
    if (!first) throw new Error('row not loaded');
    await store.toggleRow(first, 0, false);
    expect(store.selectedCount(store.useHistory.getState())).toBe(COUNT / 2 - 1);
    const entries = await store.selectedEntries();
    expect(entries).toHaveLength(COUNT / 2 - 1);
    expect(entries.some((e) => e.id === first.id)).toBe(false);
    expect(entries.every((e) => e.folder === '/even')).toBe(true);
  });

  it('removes the selection from the history and starts over', async () => {
    const page = store.useHistory.getState().pages.get(0) ?? [];
    await store.toggleRow(page[0]!, 0, false);
    await store.toggleRow(page[1]!, 1, false);
    await actions.removeSelection();
    const s = store.useHistory.getState();
    expect(s.total).toBe(COUNT - 2);
    expect(store.selectedCount(s)).toBe(0);
    expect(s.pages.get(0)?.[0]?.name).toBe(name(2));
    expect(history.get([page[0]!.id, page[1]!.id])).toEqual([]);
  });
});
