/** The state folder: one database holding the journal of each session and the upload history. */
import { sep } from 'node:path';
import { Journal } from './journal';
import { SqliteHistoryStore } from './history-store';
import { stateNotices } from './state-notices';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { inMemory, openStateDatabase, openStateForReading, STATE_FILE } from './open';
import type { Database } from './sqlite';

export interface StateStoreOptions {
  /** Sentences for the person (a file moved aside, a folder that cannot be written). */
  readonly onNotice?: (sentence: string) => void;
  readonly journalIntervalMs?: number;
  readonly now?: () => number;
}

const UNFINISHED = "('queued', 'processing', 'ready', 'uploading')";

/** An open state folder. Close it when done: the lock is held until then. */
export class StateStore {
  readonly history: SqliteHistoryStore;
  /** False when the folder could not be written and everything lives in memory. */
  readonly persistent: boolean;
  private readonly db: Database;
  private readonly lock: Database | null;
  private readonly journals: Journal[] = [];
  private failed = false;
  private lastOrd: number | null = null;

  private constructor(
    readonly dir: string,
    opened: ReturnType<typeof openStateDatabase>,
    private readonly opts: StateStoreOptions,
  ) {
    this.db = opened.db;
    this.lock = opened.lock;
    this.persistent = opened.persistent;
    this.history = new SqliteHistoryStore(this.db, () => this.writeFailed());
  }

  /** Opens `dir` (creating it); throws StateLockedError when another process holds it. */
  static open(dir: string, opts: StateStoreOptions = {}): StateStore {
    const opened = openStateDatabase(dir, opts.now);
    const store = new StateStore(dir, opened, opts);
    for (const notice of opened.notices) opts.onNotice?.(notice);
    return store;
  }

  /**
   * Opens `dir` to read only (the history), even while another process writes it; null when
   * the folder holds no state. Nothing is created.
   */
  static read(dir: string, opts: StateStoreOptions = {}): StateStore | null {
    const opened = openStateForReading(dir, opts.now);
    return opened ? new StateStore(dir, opened, opts) : null;
  }

  /** Whether `dir` holds a state database already. */
  static exists(dir: string): boolean {
    return existsSync(join(dir, STATE_FILE));
  }

  /** A store that keeps everything in memory for this run (the folder is held elsewhere). */
  static inMemory(opts: StateStoreOptions = {}): StateStore {
    return new StateStore(':memory:', inMemory(''), opts);
  }

  /** The journal of one session ("app", or a CLI run). */
  journal(session: string): Journal {
    const journal = new Journal(this.db, {
      session,
      intervalMs: this.opts.journalIntervalMs,
      onWriteError: () => this.writeFailed(),
      nextOrd: () => {
        this.lastOrd ??= Number(
          (this.db.prepare('SELECT max(ord) AS n FROM jobs').get() as { n: number | null }).n ?? 0,
        );
        return ++this.lastOrd;
      },
    });
    this.journals.push(journal);
    return journal;
  }

  /** Sessions whose name starts with `prefix` that still have unfinished jobs. */
  unfinishedSessions(prefix: string): string[] {
    const rows = this.db
      .prepare(
        `SELECT DISTINCT session FROM jobs WHERE substr(session, 1, ?) = ? AND status IN ${UNFINISHED}`,
      )
      .all(prefix.length, prefix) as { session: string }[];
    return rows.map((r) => r.session);
  }

  /**
   * Drops finished rows of sessions starting with `prefix` (they were reported, and uploads are
   * in the history), and the settings kept for sessions that have no rows left. An unfinished row
   * goes too when a later session of `prefix` took the same file on (an upload run again), so
   * each file is continued once, by the run that had it last.
   */
  dropFinished(prefix: string): void {
    try {
      this.db
        .prepare(
          `DELETE FROM jobs WHERE substr(session, 1, ?) = ? AND status IN ${UNFINISHED}
             AND EXISTS (SELECT 1 FROM jobs AS later
               WHERE substr(later.session, 1, ?) = ? AND later.path = jobs.path
                 AND later.session <> jobs.session AND later.ord > jobs.ord)`,
        )
        .run(prefix.length, prefix, prefix.length, prefix);
      this.db
        .prepare(`DELETE FROM jobs WHERE substr(session, 1, ?) = ? AND status NOT IN ${UNFINISHED}`)
        .run(prefix.length, prefix);
      // Meta keys are "<what>:<session>".
      this.db
        .prepare(
          `DELETE FROM meta WHERE substr(key, instr(key, ':') + 1, ?) = ?
             AND substr(key, instr(key, ':') + 1) NOT IN (SELECT session FROM jobs)`,
        )
        .run(prefix.length, prefix);
    } catch {
      this.writeFailed();
    }
  }

  /**
   * Every path under `folder` that the history (as an upload's source) or any session's list
   * points to. Empty for a store in memory, which knows nothing of what is on disk: callers that
   * delete files must not take that as "nothing points here", so they check `persistent` first.
   */
  pathsUnder(folder: string): Set<string> {
    const prefix = folder.endsWith(sep) ? folder : `${folder}${sep}`;
    const rows = this.db
      .prepare(
        `SELECT source AS path FROM history WHERE substr(source, 1, ?) = ?
         UNION SELECT path FROM jobs WHERE substr(path, 1, ?) = ?`,
      )
      .all(prefix.length, prefix, prefix.length, prefix) as { path: string }[];
    return new Set(rows.map((r) => r.path));
  }

  /** A small value kept beside the journal (e.g. the CLI's settings for `resume`). */
  getMeta(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row?.value ?? null;
  }

  setMeta(key: string, value: string): void {
    try {
      this.db
        .prepare(
          'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(key, value);
    } catch {
      this.writeFailed();
    }
  }

  /** Copies the write-ahead log into the database file now (SQLite also does it by itself). */
  checkpoint(): void {
    this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  }

  /** Writes what is pending and releases the folder. */
  close(): void {
    for (const journal of this.journals) journal.stop();
    if (this.db.isOpen) this.db.close();
    if (this.lock?.isOpen) this.lock.close();
  }

  /** One notice for the first failed write; SQLite's own text is no use to the person. */
  private writeFailed(): void {
    if (this.failed) return;
    this.failed = true;
    this.opts.onNotice?.(stateNotices.writeFailed(this.dir));
  }
}
