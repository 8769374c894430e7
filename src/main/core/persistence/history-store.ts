/** The upload history in the state database: every upload ever made, searchable. */
import type {
  HistoryEntry,
  HistoryPage,
  HistoryQuery,
  HistoryVariant,
} from '../../../shared/history';
import type { HistoryStore } from '../ports';
import type { AltText } from '../../../shared/alt';
import type { CustomValues } from '../../../shared/custom-metadata';
import { folderSpelling } from '../../../shared/folders';
import { SearchIndex } from './search-index';
import type { Database } from './sqlite';

const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 1000;

interface Row {
  id: number;
  source: string;
  name: string;
  sha256: string;
  presets_hash: string;
  origin: string;
  folder: string;
  uploaded_at: number;
  main: string;
  thumb: string;
  batch: string | null;
  animated: number;
  alt: string | null;
  decorative: number;
  custom_metadata: string | null;
}

const COLUMNS =
  'id, source, name, sha256, presets_hash, origin, folder, uploaded_at, main, thumb, batch, animated, alt, decorative, custom_metadata';

/** The alt columns of an entry: text, or the decorative mark, or neither. */
function altColumns(alt: AltText | undefined): [string | null, number] {
  if (!alt) return [null, 0];
  return 'decorative' in alt ? [null, 1] : [alt.text, 0];
}

function variantJson(v: HistoryVariant): string {
  const { url, fileId, filePath, width, height, bytes } = v;
  return JSON.stringify({ url, fileId, filePath, width, height, bytes });
}

function entryOf(row: Row): HistoryEntry {
  return {
    id: Number(row.id),
    source: row.source,
    name: row.name,
    sha256: row.sha256,
    presetsHash: row.presets_hash,
    origin: row.origin,
    folder: row.folder,
    uploadedAt: Number(row.uploaded_at),
    main: JSON.parse(row.main) as HistoryVariant,
    thumb: JSON.parse(row.thumb) as HistoryVariant,
    ...(row.batch === null ? {} : { batch: row.batch }),
    ...(Number(row.animated) === 1 ? { animated: true } : {}),
    ...(Number(row.decorative) === 1
      ? { alt: { decorative: true as const } }
      : row.alt !== null
        ? { alt: { text: row.alt } }
        : {}),
    ...(row.custom_metadata === null
      ? {}
      : { customMetadata: JSON.parse(row.custom_metadata) as CustomValues }),
  };
}

/**
 * HistoryStore over SQLite. `onWriteError` decides what a failed write means (the state store
 * turns it into a notice and keeps going in memory); reads that fail throw.
 */
export class SqliteHistoryStore implements HistoryStore {
  private readonly insert;
  private readonly duplicate;
  private readonly storedAt;
  private index: SearchIndex | null = null;

  constructor(
    private readonly db: Database,
    private readonly onWriteError: (err: unknown) => void = (err) => {
      throw err;
    },
  ) {
    this.insert = db.prepare(
      `INSERT INTO history (source, name, sha256, presets_hash, origin, folder, uploaded_at, main, thumb, batch, animated, alt, decorative, custom_metadata)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    this.duplicate = db.prepare(
      `SELECT ${COLUMNS} FROM history
       WHERE sha256 = ? AND presets_hash = ? AND origin = ? AND folder = ?
       ORDER BY uploaded_at DESC LIMIT 1`,
    );
    // The folder index narrows the scan to one folder; names are compared inside it.
    this.storedAt = db.prepare(
      `SELECT ${COLUMNS} FROM history
       WHERE folder = ? AND origin = ? AND json_extract(main, '$.filePath') = ?
       ORDER BY uploaded_at DESC LIMIT 1`,
    );
  }

  record(entry: Omit<HistoryEntry, 'id'>): HistoryEntry {
    try {
      const row = this.insert.get(
        entry.source,
        entry.name,
        entry.sha256,
        entry.presetsHash,
        entry.origin,
        entry.folder,
        entry.uploadedAt,
        variantJson(entry.main),
        variantJson(entry.thumb),
        entry.batch ?? null,
        entry.animated === true ? 1 : 0,
        ...altColumns(entry.alt),
        entry.customMetadata ? JSON.stringify(entry.customMetadata) : null,
      ) as { id: number };
      const recorded = { ...entry, id: Number(row.id) };
      this.index?.add(recorded);
      return recorded;
    } catch (err) {
      this.onWriteError(err);
      return { ...entry, id: 0 };
    }
  }

  /** Records many entries in one transaction (an import, or filling a benchmark). */
  recordMany(entries: readonly Omit<HistoryEntry, 'id'>[]): HistoryEntry[] {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const recorded = entries.map((entry) => this.record(entry));
      this.db.exec('COMMIT');
      return recorded;
    } catch (err) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw err;
    }
  }

  findDuplicate(key: {
    readonly sha256: string;
    readonly presetsHash: string;
    readonly origin: string;
    readonly folder: string;
  }): HistoryEntry | null {
    const row = this.duplicate.get(key.sha256, key.presetsHash, key.origin, key.folder) as
      Row | undefined;
    return row ? entryOf(row) : null;
  }

  findStoredAt(key: {
    readonly origin: string;
    readonly folder: string;
    readonly filePath: string;
  }): HistoryEntry | null {
    const row = this.storedAt.get(key.folder, key.origin, key.filePath) as Row | undefined;
    return row ? entryOf(row) : null;
  }

  query(query: HistoryQuery): HistoryPage {
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const index = this.searchIndex();
    // "products/2026/" finds what was uploaded to "/products/2026".
    const folder = query.folder === undefined ? {} : { folder: folderSpelling(query.folder) };
    const { ids, total } = index.search({ ...query, ...folder }, offset, limit);
    return { total, entries: this.get(ids), folders: index.allFolders() };
  }

  get(ids: readonly number[]): HistoryEntry[] {
    if (ids.length === 0) return [];
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM history WHERE id IN (SELECT value FROM json_each(?))
         ORDER BY uploaded_at DESC, id DESC`,
      )
      .all(JSON.stringify(ids)) as unknown as Row[];
    return rows.map(entryOf);
  }

  /** Sets or clears (null) the alt text of one entry; answers the entry as it is now. */
  setAlt(id: number, alt: AltText | null): HistoryEntry | null {
    try {
      this.db
        .prepare('UPDATE history SET alt = ?, decorative = ? WHERE id = ?')
        .run(...altColumns(alt ?? undefined), id);
    } catch (err) {
      this.onWriteError(err);
    }
    return this.get([id])[0] ?? null;
  }

  remove(ids: readonly number[]): number {
    if (ids.length === 0) return 0;
    try {
      const result = this.db
        .prepare('DELETE FROM history WHERE id IN (SELECT value FROM json_each(?))')
        .run(JSON.stringify(ids));
      this.index?.remove(new Set(ids));
      return Number(result.changes);
    } catch (err) {
      this.onWriteError(err);
      return 0;
    }
  }

  /** The in-memory search index, built on first use. */
  private searchIndex(): SearchIndex {
    if (!this.index) {
      const rows = this.db
        .prepare('SELECT id, uploaded_at AS uploadedAt, folder, name FROM history')
        .all() as unknown as { id: number; uploadedAt: number; folder: string; name: string }[];
      this.index = new SearchIndex(rows);
    }
    return this.index;
  }
}
