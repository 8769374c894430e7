/**
 * Loads `node:sqlite` through process.getBuiltinModule, so bundlers never try to resolve it
 * (electron-vite would otherwise swap in a browser stub), and hides the one ExperimentalWarning
 * it prints on first use; every other warning still reaches the console.
 */
import type * as Sqlite from 'node:sqlite';
import type { DatabaseSync } from 'node:sqlite';
import { strings } from '../../../shared/strings';

export type Database = DatabaseSync;

/** Thrown when the runtime has no node:sqlite (Node before 22.13, or a build without it). */
export class SqliteMissingError extends Error {
  override readonly name = 'SqliteMissingError';
}

let loaded: typeof Sqlite | null = null;

function isSqliteWarning(warning: unknown, type: unknown): boolean {
  const name = warning instanceof Error ? warning.name : type;
  const text = warning instanceof Error ? warning.message : String(warning);
  return name === 'ExperimentalWarning' && /SQLite/i.test(text);
}

function sqlite(): typeof Sqlite {
  if (loaded) return loaded;
  const emit = process.emitWarning;
  process.emitWarning = function quiet(this: unknown, warning: unknown, ...rest: unknown[]) {
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string })?.type;
    if (isSqliteWarning(warning, type)) return;
    return (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
  try {
    loaded = process.getBuiltinModule('node:sqlite');
  } finally {
    process.emitWarning = emit;
  }
  if (!loaded) throw new SqliteMissingError(strings.startup.noSqlite);
  return loaded;
}

/** Opens (or creates) a database file; ':memory:' for one that lives only in this process. */
export function openDatabase(path: string, opts: { readonly readOnly?: boolean } = {}): Database {
  const { DatabaseSync } = sqlite();
  return new DatabaseSync(path, { readOnly: opts.readOnly ?? false });
}

/** The SQLite result code of a node:sqlite error (primary code, without extended bits), or null. */
export function sqliteCode(err: unknown): number | null {
  const code = (err as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : null;
}

/** SQLite primary result codes this module reacts to. */
export const SQLITE = {
  busy: 5,
  locked: 6,
  readonly: 8,
  ioerr: 10,
  corrupt: 11,
  full: 13,
  cantopen: 14,
  notadb: 26,
} as const;
