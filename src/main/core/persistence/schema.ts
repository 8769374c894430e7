/**
 * The state database's schema, as numbered migrations. `PRAGMA user_version` holds how many
 * have run; each runs once, in its own transaction, so an older file is brought up to date on
 * open and a newer one (from a later version of the app) is refused rather than damaged.
 */
import type { Database } from './sqlite';

/** Marks the file as ours ("IKUP"), so a foreign SQLite file is told apart from an empty one. */
export const APPLICATION_ID = 0x494b5550;

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  CREATE TABLE jobs (
    ord INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    session TEXT NOT NULL,
    status TEXT NOT NULL,
    path TEXT NOT NULL,
    name TEXT NOT NULL,
    size INTEGER,
    sha256 TEXT,
    added_at INTEGER NOT NULL,
    job TEXT NOT NULL,
    uploaded TEXT NOT NULL
  ) STRICT;
  CREATE INDEX jobs_session ON jobs (session, ord);
  CREATE TABLE history (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    presets_hash TEXT NOT NULL,
    origin TEXT NOT NULL,
    folder TEXT NOT NULL,
    uploaded_at INTEGER NOT NULL,
    main TEXT NOT NULL,
    thumb TEXT NOT NULL
  ) STRICT;
  CREATE INDEX history_duplicate ON history (sha256, presets_hash, origin, folder, uploaded_at);
  CREATE INDEX history_uploaded ON history (uploaded_at);
  CREATE INDEX history_folder ON history (folder, uploaded_at);
  `,
  // 2: the batch name of files an integration added (null for everything else).
  `
  ALTER TABLE history ADD COLUMN batch TEXT;
  `,
  // 3: no secret is kept here. The CLI's settings rows ("settings:<session>") held the local
  // server's key, and an auth endpoint could carry credentials in its address.
  `
  UPDATE meta SET value = json_remove(value, '$.integrations.picgo.key')
    WHERE key GLOB 'settings:*' AND json_valid(value)
      AND json_type(value, '$.integrations.picgo.key') IS NOT NULL;
  UPDATE meta SET value = json_remove(value, '$.connection.authEndpoint')
    WHERE key GLOB 'settings:*' AND json_valid(value)
      AND json_extract(value, '$.connection.authEndpoint') GLOB '*[?#@]*';
  `,
  // 4: whether the source was animated (its variants are the first frame only).
  `
  ALTER TABLE history ADD COLUMN animated INTEGER NOT NULL DEFAULT 0;
  `,
  // 5: the alt text the upload went with (its ImageKit description), or the decorative mark.
  `
  ALTER TABLE history ADD COLUMN alt TEXT;
  ALTER TABLE history ADD COLUMN decorative INTEGER NOT NULL DEFAULT 0;
  `,
  // 6: the custom metadata values the upload went with (a JSON object), if any.
  `
  ALTER TABLE history ADD COLUMN custom_metadata TEXT;
  `,
];

/** The schema version this build writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Thrown when the file was written by a newer version of the app. */
export class NewerSchemaError extends Error {
  override readonly name = 'NewerSchemaError';
}

/** How many migrations the file has had. */
export function schemaVersion(db: Database): number {
  return Number((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version);
}

/**
 * Brings the schema up to date; throws NewerSchemaError for a file from a newer app. Returns
 * how many migrations ran.
 */
export function migrate(db: Database): number {
  const version = schemaVersion(db);
  if (version > SCHEMA_VERSION) {
    throw new NewerSchemaError(`schema ${version} is newer than ${SCHEMA_VERSION}`);
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(MIGRATIONS[v] as string);
      db.exec(`PRAGMA user_version = ${v + 1}`);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      throw err;
    }
  }
  return Math.max(0, SCHEMA_VERSION - version);
}
