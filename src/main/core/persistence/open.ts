/**
 * Opens the state database: one file, WAL, held exclusively by this process, schema up to
 * date. A damaged or foreign file is moved aside; a folder that cannot be written gives an
 * in-memory database, so the batch still runs; another process holding the folder is refused.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { stateNotices, StateLockedError } from './state-notices';
import { APPLICATION_ID, migrate, NewerSchemaError } from './schema';
import { moveAside } from '../common/aside';
import { makePrivateDir, makePrivateFile, restrictToOwner } from '../common/private-file';
import { openDatabase, SQLITE, sqliteCode, type Database } from './sqlite';

export const STATE_FILE = 'state.db';

export interface OpenedState {
  readonly db: Database;
  /** False when the database lives in memory only (the folder could not be written). */
  readonly persistent: boolean;
  /** Sentences for the person: what happened to the state, if anything unusual. */
  readonly notices: readonly string[];
}

type Outcome = 'locked' | 'corrupt' | 'readonly' | 'newer';

function classify(err: unknown): Outcome {
  if (err instanceof NewerSchemaError) return 'newer';
  const code = sqliteCode(err);
  if (code === SQLITE.busy || code === SQLITE.locked) return 'locked';
  if (code === SQLITE.corrupt || code === SQLITE.notadb) return 'corrupt';
  if (code === SQLITE.readonly || code === SQLITE.cantopen || code === SQLITE.full) {
    return 'readonly';
  }
  const errno = (err as { code?: unknown } | null)?.code;
  if (errno === 'EACCES' || errno === 'EROFS' || errno === 'EPERM' || errno === 'ENOSPC') {
    return 'readonly';
  }
  throw err;
}

function identify(db: Database): 'ours' | 'empty' | 'foreign' {
  const appId = (db.prepare('PRAGMA application_id').get() as { application_id: number })
    .application_id;
  if (appId === APPLICATION_ID) return 'ours';
  const tables = db
    .prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'")
    .get() as {
    n: number;
  };
  return appId === 0 && Number(tables.n) === 0 ? 'empty' : 'foreign';
}

/** Sets up one connection; throws what SQLite throws, or 'foreign' for a file that is not ours. */
function prepare(file: string): Database {
  const db = openDatabase(file);
  try {
    // Exclusive locking holds the file for the life of the connection; the OS drops the lock
    // when the process dies, so a crash never leaves the folder locked.
    db.exec('PRAGMA busy_timeout = 0');
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    // Room for a long list and a large history without rereading pages (16 MB).
    db.exec('PRAGMA cache_size = -16000');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
    const kind = identify(db);
    if (kind === 'foreign')
      throw Object.assign(new Error('not our database'), { errcode: SQLITE.notadb });
    if (kind === 'empty') db.exec(`PRAGMA application_id = ${APPLICATION_ID}`);
    const check = db.prepare('PRAGMA quick_check(1)').get() as { quick_check: string };
    if (check.quick_check !== 'ok') {
      throw Object.assign(new Error(check.quick_check), { errcode: SQLITE.corrupt });
    }
    // Deleted and replaced content is overwritten, not left in free space (a secret an older
    // version kept, a removed history entry).
    db.exec('PRAGMA secure_delete = ON');
    if (migrate(db) > 0) {
      // What the migrations replaced must not linger in the write-ahead log either.
      db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** A database in memory only, with the same schema (when the folder cannot be used). */
export function inMemory(notice: string): OpenedState {
  const db = openDatabase(':memory:');
  migrate(db);
  return { db, persistent: false, notices: [notice] };
}

/**
 * The folder for its owner only, and every state file in it (state.db, its -wal and -shm, copies
 * moved aside): the history holds local paths and links. state.db is created 0600 before SQLite
 * opens it, and SQLite gives its -wal and -shm the database file's mode.
 */
function makeStatePrivate(dir: string, file: string): void {
  makePrivateDir(dir);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(STATE_FILE)) restrictToOwner(join(dir, name));
  }
  makePrivateFile(file);
}

/** Opens `dir`/state.db; throws StateLockedError when another process holds it. */
export function openStateDatabase(dir: string, now: () => number = Date.now): OpenedState {
  const file = join(dir, STATE_FILE);
  try {
    makeStatePrivate(dir, file);
    return { db: prepare(file), persistent: true, notices: [] };
  } catch (first) {
    const outcome = classify(first);
    if (outcome === 'locked') throw new StateLockedError(stateNotices.locked(dir));
    if (outcome === 'readonly') return inMemory(stateNotices.readOnly(dir));
    if (outcome === 'newer') return inMemory(stateNotices.newerSchema(file));
    let movedTo: string;
    try {
      movedTo = moveAside(file, now(), ['-wal', '-shm']);
    } catch {
      return inMemory(stateNotices.readOnly(dir));
    }
    const notice = stateNotices.movedAside(file, movedTo);
    try {
      makePrivateFile(file);
      return { db: prepare(file), persistent: true, notices: [notice] };
    } catch (second) {
      if (classify(second) === 'locked') throw new StateLockedError(stateNotices.locked(dir));
      return inMemory(`${notice} ${stateNotices.readOnly(dir)}`);
    }
  }
}
