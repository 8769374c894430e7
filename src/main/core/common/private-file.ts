/**
 * Files and folders for their owner only. The user-data folder holds the history (local paths
 * and links), the settings and the secrets file, whose content is not really encrypted without
 * a keyring: the folder is 0700 and every file the app or the CLI writes there 0600, created that
 * way, and narrowed where an older version left them wider. Windows has no such mode bits (its
 * ACLs already keep the profile folder to its owner), so there all of this does nothing.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Owner read and write, nobody else: how every file in the user-data folder is written. */
export const PRIVATE_FILE_MODE = 0o600;
/** Owner only: how the user-data folder and its folders are made. */
export const PRIVATE_DIR_MODE = 0o700;

/** The bits for the group and for everyone else. */
const OTHERS = 0o077;

/**
 * Takes every group and other permission away from an existing file or folder (files written
 * by older versions were 0644, folders 0755). Never adds a bit: a read-only folder stays so.
 * Returns whether the mode had to change.
 */
export function restrictToOwner(
  path: string,
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (platform === 'win32') return false;
  let mode: number;
  try {
    mode = statSync(path).mode & 0o777;
  } catch {
    return false; // Not written yet: it will be created private.
  }
  if ((mode & OTHERS) === 0) return false;
  try {
    chmodSync(path, mode & ~OTHERS);
  } catch {
    // Not ours to change (another owner, a read-only disk): the app still starts; the next
    // write of the file (made private) is the next chance.
    return false;
  }
  return true;
}

/**
 * Creates a folder and any missing parents with `mode`, one level at a time, and throws the
 * system's error (ENOTDIR when the path is a file) where that cannot be done. Node's recursive
 * mkdir never returns for some paths (such as /proc/x on Linux: it retries ENOENT for ever).
 */
export function makeFolders(path: string, mode: number): void {
  const missing: string[] = [];
  for (let at = resolve(path); !existsSync(at); at = dirname(at)) {
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder, { mode });
    } catch (err) {
      // Made by someone else meanwhile: fine, as long as it is a folder (checked below).
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  if (!statSync(path).isDirectory()) {
    throw Object.assign(new Error(`${path} is not a folder`), { code: 'ENOTDIR' });
  }
}

/** Creates a folder (and any missing parents) for its owner only, or narrows it if it exists. */
export function makePrivateDir(path: string, platform: NodeJS.Platform = process.platform): void {
  makeFolders(path, PRIVATE_DIR_MODE);
  restrictToOwner(path, platform);
}

/**
 * Makes sure `path` exists as a file for its owner only: created empty with 0600 when missing
 * (before a library such as SQLite creates it with its own default), narrowed when not.
 */
export function makePrivateFile(path: string, platform: NodeJS.Platform = process.platform): void {
  try {
    // 'wx' opens only a file it creates. Opening and closing one that exists would drop every
    // POSIX lock this process holds on it (SQLite's lock on state.db among them).
    closeSync(openSync(path, 'wx', PRIVATE_FILE_MODE));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  restrictToOwner(path, platform);
}
