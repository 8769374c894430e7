/**
 * The secrets file is readable by its owner only. Without a keyring its content is not really
 * encrypted, so the file mode is the one thing keeping other accounts on the machine out.
 */
import { chmodSync, statSync } from 'node:fs';

/** Owner read and write, nobody else: what the secrets file is written with. */
export const PRIVATE_FILE_MODE = 0o600;

/**
 * Narrows an existing file to owner-only (files written by older versions were 0644). Windows
 * has no such mode bits (its ACLs already limit the profile folder), so there it does nothing.
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
    return false; // Not written yet: it will be created with PRIVATE_FILE_MODE.
  }
  if (mode === PRIVATE_FILE_MODE) return false;
  try {
    chmodSync(path, PRIVATE_FILE_MODE);
  } catch {
    // Not ours to change (another owner, a read-only disk): the app still starts; the next
    // write of the file (made with PRIVATE_FILE_MODE) is the next chance.
    return false;
  }
  return true;
}
