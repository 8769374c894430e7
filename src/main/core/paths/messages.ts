import type { UserError } from '../../../shared/errors';
import { acceptedFormatsText, formatBytes } from '../../../shared/formats';

/** Kept here too for code that already imports sizes from the path sentences. */
export { formatBytes };

function errnoCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
}

/** Sentences for problems with a path itself, found before (or while) reading it. */
export const pathErrors = {
  notFound: (): UserError => ({
    code: 'not-found',
    message:
      'This file or folder does not exist. Check the name and where it is, then add it again.',
  }),
  isDirectoryNamedLikeImage: (): UserError => ({
    code: 'is-directory',
    message:
      'This is a folder, not an image, even though its name ends like one. Add the images inside it instead.',
  }),
  isDirectory: (): UserError => ({
    code: 'is-directory',
    message:
      'This is a folder, not an image. Add the folder itself to include the images inside it.',
  }),
  noImages: (): UserError => ({
    code: 'no-images',
    message: `This folder has no images in it (${acceptedFormatsText('or')}), so nothing was added from it. Check that it is the right folder.`,
  }),
  isSymlink: (): UserError => ({
    code: 'is-symlink',
    message:
      'This is a shortcut (symbolic link), not an image file. For safety shortcuts are not followed; add the file it points to instead.',
  }),
  notRegularFile: (): UserError => ({
    code: 'not-regular-file',
    message:
      'This is a special system file (a device, socket or pipe), not an image. Only regular image files can be used.',
  }),
  empty: (): UserError => ({
    code: 'empty-file',
    message:
      'This file is empty (0 bytes), so there is no picture in it. Copy or export it again and add the new file.',
  }),
  tooLarge: (bytes: number, maxBytes: number): UserError => ({
    code: 'too-large',
    message: `This file is ${formatBytes(bytes)}, more than the ${formatBytes(maxBytes)} limit. Export a smaller version (for example a JPEG) and add that instead.`,
  }),
  noAccess: (): UserError => ({
    code: 'no-access',
    message:
      'You do not have permission to read this file. Change its permissions or copy it somewhere you own, then add it again.',
  }),
  vanished: (): UserError => ({
    code: 'vanished',
    message:
      'This file was moved or deleted before it could be read. If it still exists somewhere, add it again from there.',
  }),
  replaced: (): UserError => ({
    code: 'vanished',
    message:
      'This file, or a folder above it, was moved or replaced by a shortcut after it was added, so it was not read. Add it again from where it is now.',
  }),
  changedWhileReading: (): UserError => ({
    code: 'read-failed',
    message:
      'This file changed while it was being read (it may still be copying). Wait until it is complete, then try again.',
  }),
  readFailed: (reason: string): UserError => ({
    code: 'read-failed',
    message: `This file could not be read (${reason}). Check that the disk or network drive is still connected, then try again.`,
  }),
  /** Writing results (the CLI's output folder) failed; nothing of the file is left behind. */
  writeFailed: (err: unknown): UserError => ({
    code: 'write-failed',
    message: `The results could not be saved in the output folder (${errnoCode(err)}). Check that it is writable and has free space, then try again.`,
  }),
  notAbsolute: (): UserError => ({
    code: 'path-refused',
    message:
      'This path is not a full path from the top of a drive, so the app cannot tell which file it means. Add the file with "Add images…" or by dropping it on the window.',
  }),
  networkPath: (): UserError => ({
    code: 'path-refused',
    message:
      'This is a network or device path. For safety such paths are only accepted when chosen with "Add images…" or dropped on the window; add it one of those ways.',
  }),
  tooManyFiles: (max: number): UserError => ({
    code: 'too-many-files',
    message: `Only the first ${max.toLocaleString('en-US')} files were added at once; the rest of this folder was left out. Add its subfolders one at a time for the rest.`,
  }),
  tooDeep: (): UserError => ({
    code: 'not-found',
    message:
      'This folder is nested too deeply to search. Add a folder closer to the images instead.',
  }),
} as const;

/** Turns a file-system error into a sentence; unknown codes become a generic read failure. */
export function fsErrorToUserError(err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return pathErrors.notFound();
    case 'EACCES':
    case 'EPERM':
      return pathErrors.noAccess();
    case 'ELOOP':
      return pathErrors.isSymlink();
    case 'EISDIR':
      return pathErrors.isDirectory();
    default:
      return pathErrors.readFailed(typeof code === 'string' ? code : 'unknown error');
  }
}
