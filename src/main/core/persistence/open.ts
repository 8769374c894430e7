/**
 * Opens the state database: one file, WAL, schema up to date, written by one process at a time.
 * That process holds the folder's lock file; others may still read the database (`history`
 * while the app runs). A damaged or foreign file is moved aside; a folder that cannot be written
 * gives an in-memory database, so the batch still runs; a second writer is refused.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stateNotices, StateLockedError } from './state-notices';
import { APPLICATION_ID, migrate, NewerSchemaError, SCHEMA_VERSION, schemaVersion } from './schema';
import { moveAside } from '../common/aside';
import { makePrivateDir, makePrivateFile, restrictToOwner } from '../common/private-file';
import { openDatabase, SQLITE, sqliteCode, type Database } from './sqlite';

export const STATE_FILE = 'state.db';
/** Held by the process that writes the folder; never read, only locked. */
export const LOCK_FILE = 'state.lock';

export interface OpenedState {
  readonly db: Database;
  /** The folder's lock, held until the store closes; null in memory and when only reading. */
  readonly lock: Database | null;
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

function exclusively(db: Database): void {
  db.exec('PRAGMA busy_timeout = 0');
  db.exec('PRAGMA locking_mode = EXCLUSIVE');
  db.exec('BEGIN EXCLUSIVE');
  db.exec('COMMIT');
}

/**
 * Takes the folder's lock: a small SQLite file held exclusively for the life of the connection.
 * The OS drops the lock when the process dies, so a crash never leaves the folder locked. The
 * database itself stays open to readers. Throws SQLITE_BUSY when another process holds it.
 */
function takeLock(dir: string): Database {
  const file = join(dir, LOCK_FILE);
  for (let attempt = 0; ; attempt++) {
    const lock = openDatabase(file);
    try {
      exclusively(lock);
      return lock;
    } catch (err) {
      lock.close();
      // Not a lock file of ours (damaged, or something else wrote there): it holds nothing.
      if (attempt > 0 || !classifiesAs(err, 'corrupt')) throw err;
      rmSync(file, { force: true });
    }
  }
}

function classifiesAs(err: unknown, outcome: Outcome): boolean {
  try {
    return classify(err) === outcome;
  } catch {
    return false;
  }
}

/** Sets up one connection; throws what SQLite throws, or 'foreign' for a file that is not ours. */
function prepare(file: string): Database {
  const db = openDatabase(file);
  try {
    // Normal locking, so readers share the file (WAL with its shared-memory index). A write
    // transaction proves no older copy of the app, which locks this file itself, holds it.
    db.exec('PRAGMA busy_timeout = 0');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    db.exec('COMMIT');
    db.exec('PRAGMA synchronous = FULL');
    // Room for a long list and a large history without rereading pages (16 MB).
    db.exec('PRAGMA cache_size = -16000');
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
  return { db, lock: null, persistent: false, notices: [notice] };
}

/**
 * The folder for its owner only, and every state file in it (state.db, its -wal and -shm, copies
 * moved aside, the lock file): the history holds local paths and links. state.db and the lock
 * are created 0600 before SQLite opens them, and SQLite gives -wal and -shm the database's mode.
 */
function makeStatePrivate(dir: string): void {
  makePrivateDir(dir);
  for (const name of readdirSync(dir)) {
    if (name.startsWith(STATE_FILE) || name === LOCK_FILE) restrictToOwner(join(dir, name));
  }
  makePrivateFile(join(dir, LOCK_FILE));
  makePrivateFile(join(dir, STATE_FILE));
}

/** Opens `dir`/state.db to write; throws StateLockedError when another process writes it. */
export function openStateDatabase(dir: string, now: () => number = Date.now): OpenedState {
  let lock: Database;
  try {
    makeStatePrivate(dir);
    lock = takeLock(dir);
  } catch (err) {
    if (classify(err) === 'locked') throw new StateLockedError(stateNotices.locked(dir));
    return inMemory(stateNotices.readOnly(dir));
  }
  try {
    return { ...openLocked(dir, now), lock };
  } catch (err) {
    lock.close();
    throw err;
  }
}

/** Opens the database of a folder whose lock this process holds. */
function openLocked(dir: string, now: () => number): Omit<OpenedState, 'lock'> {
  const file = join(dir, STATE_FILE);
  try {
    return { db: prepare(file), persistent: true, notices: [] };
  } catch (first) {
    const outcome = classify(first);
    // An older copy of the uploader, which locks the database file itself.
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

/**
 * Opens `dir`/state.db to read only, beside the process that may be writing it; null when the
 * folder holds no state. A file from an older version, not yet brought up to date, is opened to
 * write instead (which brings it up to date).
 */
export function openStateForReading(dir: string, now: () => number = Date.now): OpenedState | null {
  const file = join(dir, STATE_FILE);
  if (!existsSync(file)) return null;
  const db = openDatabase(file, { readOnly: true });
  try {
    // A writer's checkpoint holds the file for a moment; wait for it rather than fail.
    db.exec('PRAGMA busy_timeout = 5000');
    if (identify(db) !== 'ours') {
      throw Object.assign(new Error('not our database'), { errcode: SQLITE.notadb });
    }
    if (schemaVersion(db) < SCHEMA_VERSION) {
      db.close();
      return openStateDatabase(dir, now);
    }
    return { db, lock: null, persistent: true, notices: [] };
  } catch (err) {
    if (db.isOpen) db.close();
    throw err;
  }
}
