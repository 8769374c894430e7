import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Why mode checks are skipped where they are: Windows has no owner/group/other mode bits. */
export const NO_MODES = process.platform === 'win32';
export const NO_MODES_REASON =
  'Windows has no file mode bits (its ACLs already keep the profile folder to its owner)';

/** A file's or folder's permission bits (0o600, 0o755, ...). */
export function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

/**
 * The modes of `dir` and of the named entries in it that exist, as `{name: '0600'}`; the folder
 * itself is under '.'. Octal text makes a failure readable.
 */
export function modesIn(dir: string, names: readonly string[]): Record<string, string> {
  const out: Record<string, string> = { '.': modeOf(dir).toString(8).padStart(4, '0') };
  for (const name of names) {
    const path = join(dir, name);
    if (existsSync(path)) out[name] = modeOf(path).toString(8).padStart(4, '0');
  }
  return out;
}

/** The state database's files. */
export const STATE_FILES = ['state.db', 'state.db-wal', 'state.db-shm'] as const;
