import type { UserError } from '../../../shared/errors';
import { formatBytes } from '../../../shared/formats';
import { strings } from '../../../shared/strings';

const t = strings.paths;

/** Kept here too for code that already imports sizes from the path sentences. */
export { formatBytes };

function errnoCode(err: unknown): string {
  return (err as NodeJS.ErrnoException | null)?.code ?? 'unknown error';
}

/** Sentences for problems with a path itself, found before (or while) reading it. */
export const pathErrors = {
  notFound: (): UserError => ({ code: 'not-found', message: t.notFound }),
  isDirectoryNamedLikeImage: (): UserError => ({
    code: 'is-directory',
    message: t.isDirectoryNamedLikeImage,
  }),
  isDirectory: (): UserError => ({ code: 'is-directory', message: t.isDirectory }),
  integrationFolder: (): UserError => ({ code: 'is-directory', message: t.integrationFolder }),
  noImages: (): UserError => ({ code: 'no-images', message: t.noImages() }),
  isSymlink: (): UserError => ({ code: 'is-symlink', message: t.isSymlink }),
  notRegularFile: (): UserError => ({ code: 'not-regular-file', message: t.notRegularFile }),
  empty: (): UserError => ({ code: 'empty-file', message: t.empty }),
  tooLarge: (bytes: number, maxBytes: number): UserError => ({
    code: 'too-large',
    message: t.tooLarge(bytes, maxBytes),
  }),
  noAccess: (): UserError => ({ code: 'no-access', message: t.noAccess }),
  noAccessFolder: (): UserError => ({ code: 'no-access', message: t.noAccessFolder }),
  linkLoop: (): UserError => ({ code: 'is-symlink', message: t.linkLoop }),
  vanished: (): UserError => ({ code: 'vanished', message: t.vanished }),
  replaced: (): UserError => ({ code: 'vanished', message: t.replaced }),
  changedWhileReading: (): UserError => ({ code: 'read-failed', message: t.changedWhileReading }),
  readFailed: (reason: string): UserError => ({
    code: 'read-failed',
    message: t.readFailed(reason),
  }),
  writeFailed: (err: unknown): UserError => ({
    code: 'write-failed',
    message: t.writeFailed(errnoCode(err)),
  }),
  notAbsolute: (): UserError => ({ code: 'path-refused', message: t.notAbsolute }),
  networkPath: (): UserError => ({ code: 'path-refused', message: t.networkPath }),
  tooManyFiles: (max: number): UserError => ({
    code: 'too-many-files',
    message: t.tooManyFiles(max),
  }),
  hiddenCharacters: (): UserError => ({ code: 'path-refused', message: t.hiddenCharacters }),
  tooDeep: (): UserError => ({ code: 'not-found', message: t.tooDeep }),
} as const;

/**
 * Turns a file-system error into a sentence; unknown codes become a generic read failure.
 * `what` says whether a file or a folder was being read.
 */
export function fsErrorToUserError(err: unknown, what: 'file' | 'folder' = 'file'): UserError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return pathErrors.notFound();
    case 'EACCES':
    case 'EPERM':
      return what === 'folder' ? pathErrors.noAccessFolder() : pathErrors.noAccess();
    case 'ELOOP':
      return pathErrors.isSymlink();
    case 'EISDIR':
      return pathErrors.isDirectory();
    default:
      return pathErrors.readFailed(typeof code === 'string' ? code : 'unknown error');
  }
}
