/**
 * Image data pasted from the clipboard, written once to a file the pipeline then reads, and
 * cleaned up once nothing points to it.
 */
import { lstatSync, readdirSync, realpathSync, unlinkSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE, restrictToOwner } from '../common/private-file';

/** The subfolder of the user-data folder that pasted images are written to. */
export const PASTES_FOLDER = 'pastes';

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** `paste-YYYYMMDD-HHMMSS.png` in local time, the way screenshot tools name files. */
export function pasteFileName(at: Date, attempt = 0): string {
  const stamp =
    `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}-` +
    `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`;
  return attempt === 0 ? `paste-${stamp}.png` : `paste-${stamp}-${attempt + 1}.png`;
}

/**
 * Write PNG bytes to `<userData>/pastes/` under a new name (never over an earlier paste, even
 * two in one second) and answer the path.
 */
export async function writePastedImage(
  userDataDir: string,
  png: Uint8Array,
  now: Date = new Date(),
): Promise<string> {
  const folder = join(userDataDir, PASTES_FOLDER);
  makePrivateDir(folder);
  for (let attempt = 0; ; attempt++) {
    const path = join(folder, pasteFileName(now, attempt));
    try {
      await writeFile(path, png, { flag: 'wx', mode: PRIVATE_FILE_MODE });
      return path;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= 999) throw err;
    }
  }
}

/** How long a paste is kept when nothing points to it (its upload may still be on its way). */
export const PASTE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes pasted images older than a day that neither History nor the list points to, from
 * `<userData>/pastes/`; `keptUnder(folder)` answers every path there that something points to.
 * Returns how many were deleted. Run at start by the app and the CLI.
 */
export function cleanPastes(
  userDataDir: string,
  keptUnder: (folder: string) => ReadonlySet<string>,
  now: number = Date.now(),
): number {
  let folder: string;
  let names: string[];
  try {
    // Paths are kept as their canonical form: compare in that form.
    folder = realpathSync(join(userDataDir, PASTES_FOLDER));
    names = readdirSync(folder);
  } catch {
    return 0; // No pastes yet.
  }
  const kept = keptUnder(folder);
  // An older version made the folder 0755: it is for the owner only, like what stays in it.
  restrictToOwner(folder);
  let removed = 0;
  for (const name of names) {
    const path = join(folder, name);
    try {
      const stats = lstatSync(path);
      if (stats.isDirectory()) continue;
      if (now - stats.mtimeMs < PASTE_MAX_AGE_MS || kept.has(path)) {
        if (stats.isFile()) restrictToOwner(path);
        continue;
      }
      unlinkSync(path);
      removed += 1;
    } catch {
      // Gone already, or not ours to delete: the next start tries again.
    }
  }
  return removed;
}
