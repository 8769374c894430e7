/** The upload history in the state database: every upload ever made, searchable. */
import type {
  HistoryEntry,
  HistoryPage,
  HistoryQuery,
  HistoryVariant,
} from '../../../shared/history';
import type { HistoryStore } from '../ports';
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
}

const COLUMNS = 'id, source, name, sha256, presets_hash, origin, folder, uploaded_at, main, thumb';

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
  };
}

/** LIKE pattern for a substring, with LIKE's own wildcards taken literally. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function whereOf(query: HistoryQuery): { sql: string; params: (string | number)[] } {
  const parts: string[] = [];
  const params: (string | number)[] = [];
  const search = query.search?.trim();
  if (search) {
    parts.push("name LIKE ? ESCAPE '\\'");
    params.push(containsPattern(search));
  }
  if (query.folder !== undefined) {
    parts.push('folder = ?');
    params.push(query.folder);
  }
  if (query.from !== undefined) {
    parts.push('uploaded_at >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    parts.push('uploaded_at < ?');
    params.push(query.to);
  }
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

/**
 * HistoryStore over SQLite. `onWriteError` decides what a failed write means (the state store
 * turns it into a notice and keeps going in memory); reads that fail throw.
 */
export class SqliteHistoryStore implements HistoryStore {
  private readonly insert;
  private readonly duplicate;
  private readonly folders;

  constructor(
    private readonly db: Database,
    private readonly onWriteError: (err: unknown) => void = (err) => {
      throw err;
    },
  ) {
    this.insert = db.prepare(
      `INSERT INTO history (source, name, sha256, presets_hash, origin, folder, uploaded_at, main, thumb)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    );
    this.duplicate = db.prepare(
      `SELECT ${COLUMNS} FROM history
       WHERE sha256 = ? AND presets_hash = ? AND origin = ? AND folder = ?
       ORDER BY uploaded_at DESC LIMIT 1`,
    );
    this.folders = db.prepare('SELECT DISTINCT folder FROM history ORDER BY folder');
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
      ) as { id: number };
      return { ...entry, id: Number(row.id) };
    } catch (err) {
      this.onWriteError(err);
      return { ...entry, id: 0 };
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

  query(query: HistoryQuery): HistoryPage {
    const { sql, params } = whereOf(query);
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)), MAX_LIMIT);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const rows = this.db
      .prepare(
        `SELECT ${COLUMNS} FROM history ${sql} ORDER BY uploaded_at DESC, id DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset) as unknown as Row[];
    const total = this.db.prepare(`SELECT count(*) AS n FROM history ${sql}`).get(...params) as {
      n: number;
    };
    const folders = (this.folders.all() as { folder: string }[]).map((r) => r.folder);
    return { total: Number(total.n), entries: rows.map(entryOf), folders };
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

  remove(ids: readonly number[]): number {
    if (ids.length === 0) return 0;
    try {
      const result = this.db
        .prepare('DELETE FROM history WHERE id IN (SELECT value FROM json_each(?))')
        .run(JSON.stringify(ids));
      return Number(result.changes);
    } catch (err) {
      this.onWriteError(err);
      return 0;
    }
  }
}
