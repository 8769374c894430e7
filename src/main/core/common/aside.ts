/** Moving a damaged file of the app's own out of the way, keeping it for the person to look at. */
import { existsSync, renameSync } from 'node:fs';

/**
 * Renames `file` to `<file>.corrupt-<time>` (and each of its `companions` suffixes with it) and
 * returns the new path. Throws when the folder cannot be written.
 */
export function moveAside(file: string, now: number, companions: readonly string[] = []): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  const target = `${file}.corrupt-${stamp}`;
  renameSync(file, target);
  for (const suffix of companions) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}
