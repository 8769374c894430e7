/**
 * The history's search index, in memory: for each entry its id, time, folder and lower-cased
 * name, oldest first. A substring search over 100,000 names takes a few milliseconds here,
 * where SQLite's LIKE has to visit every row (no index serves "contains"). Only this process
 * writes the database (it holds it exclusively), so the index cannot go stale.
 */
import type { HistoryQuery } from '../../../shared/history';

export interface IndexedEntry {
  readonly id: number;
  readonly uploadedAt: number;
  readonly folder: string;
  readonly name: string;
}

export class SearchIndex {
  private readonly ids: number[] = [];
  private readonly times: number[] = [];
  private readonly folders: string[] = [];
  private readonly names: string[] = [];
  private readonly folderCounts = new Map<string, number>();

  /** Builds the index from entries in any order. */
  constructor(entries: Iterable<IndexedEntry> = []) {
    const sorted = [...entries].sort((a, b) => a.uploadedAt - b.uploadedAt || a.id - b.id);
    for (const e of sorted) this.append(e);
  }

  /** Adds an entry, keeping time order (new uploads usually go at the end). */
  add(e: IndexedEntry): void {
    const n = this.ids.length;
    const last = n - 1;
    if (
      n === 0 ||
      e.uploadedAt > this.times[last]! ||
      (e.uploadedAt === this.times[last] && e.id > this.ids[last]!)
    ) {
      this.append(e);
      return;
    }
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const before =
        this.times[mid]! < e.uploadedAt ||
        (this.times[mid] === e.uploadedAt && this.ids[mid]! < e.id);
      if (before) lo = mid + 1;
      else hi = mid;
    }
    this.ids.splice(lo, 0, e.id);
    this.times.splice(lo, 0, e.uploadedAt);
    this.folders.splice(lo, 0, e.folder);
    this.names.splice(lo, 0, e.name.toLowerCase());
    this.countFolder(e.folder, 1);
  }

  /** Drops the entries with these ids. */
  remove(ids: ReadonlySet<number>): void {
    let w = 0;
    for (let r = 0; r < this.ids.length; r++) {
      if (ids.has(this.ids[r]!)) {
        this.countFolder(this.folders[r]!, -1);
        continue;
      }
      this.ids[w] = this.ids[r]!;
      this.times[w] = this.times[r]!;
      this.folders[w] = this.folders[r]!;
      this.names[w] = this.names[r]!;
      w += 1;
    }
    for (const list of [this.ids, this.times, this.folders, this.names]) list.length = w;
  }

  /** Ids of the page the query asks for (newest first) and how many entries match in all. */
  search(query: HistoryQuery, offset: number, limit: number): { ids: number[]; total: number } {
    const needle = query.search?.trim().toLowerCase() ?? '';
    const { folder, from, to } = query;
    const ids: number[] = [];
    let total = 0;
    for (let i = this.ids.length - 1; i >= 0; i--) {
      if (folder !== undefined && this.folders[i] !== folder) continue;
      if (from !== undefined && this.times[i]! < from) continue;
      if (to !== undefined && this.times[i]! >= to) continue;
      if (needle && !this.names[i]!.includes(needle)) continue;
      if (total >= offset && ids.length < limit) ids.push(this.ids[i]!);
      total += 1;
    }
    return { ids, total };
  }

  /** Every folder with at least one entry, sorted. */
  allFolders(): string[] {
    return [...this.folderCounts.keys()].sort();
  }

  private append(e: IndexedEntry): void {
    this.ids.push(e.id);
    this.times.push(e.uploadedAt);
    this.folders.push(e.folder);
    this.names.push(e.name.toLowerCase());
    this.countFolder(e.folder, 1);
  }

  private countFolder(folder: string, delta: number): void {
    const n = (this.folderCounts.get(folder) ?? 0) + delta;
    if (n > 0) this.folderCounts.set(folder, n);
    else this.folderCounts.delete(folder);
  }
}
