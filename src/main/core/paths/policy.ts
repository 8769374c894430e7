/**
 * Which given paths may be looked at at all, before the file system is touched. Pure and
 * parameterised by platform, so the Windows rules are tested on any machine.
 *
 * Paths from the renderer are absolute only: a relative path would resolve against whatever the
 * main process's working folder happens to be. On Windows, UNC and device paths (\\server\share,
 * \\?\..., \\.\...) are refused from the renderer: merely opening \\attacker\share makes Windows
 * send the user's NTLM credentials to that host, and device paths reach pipes and raw disks.
 * They are accepted when the person chose them: in the native dialog, on the command line, or by
 * dropping the file on the window (see PathSource).
 */
import type { UserError } from '../../../shared/errors';
import { pathErrors } from './path-errors';

/**
 * Where paths came from:
 * - `chosen`: the native file dialog or the clipboard's copied files; main got them from the OS;
 * - `command-line`: typed by the person; a symbolic link among them is followed;
 * - `drop`: files dropped on the window, as the preload got them from Electron's
 *   webUtils.getPathForFile (which gives paths only for real files from the OS);
 * - `renderer`: anything else the page sent;
 * - `integration`: another program on this computer, through the local upload server: the
 *   rules of `renderer`, and image files only (no folders).
 */
export type PathSource = 'chosen' | 'command-line' | 'drop' | 'renderer' | 'integration';

const WIN_DRIVE_ABSOLUTE = /^[A-Za-z]:[\\/]/;
/** \\server\share, //server/share, \\?\C:\..., \\.\PhysicalDrive0, \??\... */
const WIN_UNC_OR_DEVICE = /^(?:[\\/]{2}|\\\?\?\\)/;

/** A sentence when `path` may not be used from `source` on `platform`, else null. */
export function givenPathProblem(
  path: string,
  source: PathSource,
  platform: NodeJS.Platform,
): UserError | null {
  if (platform !== 'win32') return path.startsWith('/') ? null : pathErrors.notAbsolute();
  if (WIN_UNC_OR_DEVICE.test(path)) {
    return source === 'renderer' || source === 'integration' ? pathErrors.networkPath() : null;
  }
  // "C:photo.jpg" (relative to C:'s current folder) and "\photo.jpg" (current drive) are not absolute.
  return WIN_DRIVE_ABSOLUTE.test(path) ? null : pathErrors.notAbsolute();
}
