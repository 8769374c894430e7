/**
 * An in-memory HistoryStore with the same rules as the state database's: case-insensitive name
 * search, exact folder, from <= uploadedAt < to, newest first, a total that ignores paging, and
 * every folder for the filter. Tests and the browser harness get theirs from
 * createTestHistoryStore(), the one place that picks the implementation.
 */
import type { HistoryStore } from '../../src/main/core/ports';
import {
  HISTORY_DEFAULT_LIMIT,
  HISTORY_MAX_LIMIT,
  type HistoryEntry,
  type HistoryPage,
  type HistoryQuery,
} from '../../src/shared/history';

/** Newest upload first; the later row first when two share a time. */
function newestFirst(a: HistoryEntry, b: HistoryEntry): number {
  return b.uploadedAt - a.uploadedAt || b.id - a.id;
}

/** A HistoryStore that lives in this process only. */
export class MemoryHistoryStore implements HistoryStore {
  private readonly byId = new Map<number, HistoryEntry>();
  private sorted: HistoryEntry[] | null = [];
  private nextId = 1;

  record(entry: Omit<HistoryEntry, 'id'>): HistoryEntry {
    const stored: HistoryEntry = { ...entry, id: this.nextId++ };
    this.byId.set(stored.id, stored);
    this.sorted = null;
    return stored;
  }

  findDuplicate(key: {
    readonly sha256: string;
    readonly presetsHash: string;
    readonly origin: string;
    readonly folder: string;
  }): HistoryEntry | null {
    return (
      this.all().find(
        (e) =>
          e.sha256 === key.sha256 &&
          e.presetsHash === key.presetsHash &&
          e.origin === key.origin &&
          e.folder === key.folder,
      ) ?? null
    );
  }

  query(query: HistoryQuery): HistoryPage {
    const search = query.search?.toLowerCase() ?? '';
    const matches = this.all().filter(
      (e) =>
        (search === '' || e.name.toLowerCase().includes(search)) &&
        (query.folder === undefined || e.folder === query.folder) &&
        (query.from === undefined || e.uploadedAt >= query.from) &&
        (query.to === undefined || e.uploadedAt < query.to),
    );
    const offset = query.offset ?? 0;
    const limit = Math.min(query.limit ?? HISTORY_DEFAULT_LIMIT, HISTORY_MAX_LIMIT);
    return {
      total: matches.length,
      entries: matches.slice(offset, offset + limit),
      folders: this.folders(),
    };
  }

  get(ids: readonly number[]): HistoryEntry[] {
    const found: HistoryEntry[] = [];
    for (const id of new Set(ids)) {
      const entry = this.byId.get(id);
      if (entry) found.push(entry);
    }
    return found;
  }

  remove(ids: readonly number[]): number {
    let removed = 0;
    for (const id of new Set(ids)) if (this.byId.delete(id)) removed += 1;
    if (removed > 0) this.sorted = null;
    return removed;
  }

  private all(): HistoryEntry[] {
    this.sorted ??= [...this.byId.values()].sort(newestFirst);
    return this.sorted;
  }

  private folders(): string[] {
    return [...new Set(this.all().map((e) => e.folder))].sort();
  }
}

/** The HistoryStore tests and the browser harness use; swap the implementation here only. */
export function createTestHistoryStore(): HistoryStore {
  return new MemoryHistoryStore();
}
