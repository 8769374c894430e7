/** Image data pasted from the clipboard, written once to a file the pipeline then reads. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makePrivateDir, PRIVATE_FILE_MODE } from '../common/private-file';

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
