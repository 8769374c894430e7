/**
 * After opening, make sure the handle is the file that was checked. A path is checked when it
 * is added (no symlink at the end, parents resolved) and opened later in the worker. O_NOFOLLOW
 * covers the last component only: swap a parent folder for a symlink in between and the open
 * follows it somewhere else. So the opened file must still be the one at the checked path,
 * reached through no symlink at all.
 */
import type { Stats } from 'node:fs';
import { lstat, realpath, type FileHandle } from 'node:fs/promises';

/** Case-insensitive where the usual file systems are (NTFS, APFS). */
function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin'
    ? a.toLowerCase() === b.toLowerCase()
    : a === b;
}

/**
 * Whether `handle` (whose fstat is `opened`) is the file at the canonical `path`:
 * - on Linux, the kernel's own name for the descriptor (/proc/self/fd/N) is `path`;
 * - everywhere, `path` resolves to itself (no symlink on the way) and names the same device
 *   and inode as the handle.
 */
export async function isCheckedFile(
  handle: FileHandle,
  opened: Stats,
  path: string,
  platform: NodeJS.Platform = process.platform,
): Promise<boolean> {
  if (platform === 'linux') {
    let fdPath: string | null = null;
    try {
      fdPath = await realpath(`/proc/self/fd/${handle.fd}`);
    } catch {
      // /proc is not mounted (a minimal container): the checks below still apply.
    }
    if (fdPath !== null && fdPath !== path) return false;
  }
  try {
    const [resolved, atPath] = await Promise.all([realpath(path), lstat(path)]);
    if (!samePath(resolved, path, platform)) return false;
    return atPath.dev === opened.dev && atPath.ino === opened.ino;
  } catch {
    return false;
  }
}
