/**
 * The Library calls of the service: a page of the upload folder on ImageKit, and deleting one
 * file there. Failures are thrown as LibraryError, whose message is a sentence for the page.
 */
import type { UserError } from '../../../shared/errors';
import type { LibraryPage, LibraryQuery } from '../../../shared/library';
import { LIBRARY_DEFAULT_LIMIT } from '../../../shared/library';
import type { Settings } from '../../../shared/settings';
import { LIBRARY_NEEDS_KEY } from '../imagekit/library';
import type { LibraryClient } from '../ports';
import { strings } from '../../../shared/strings';

/** A Library call that could not be done; the message says what happened and what to do. */
export class LibraryError extends Error {
  override readonly name = 'LibraryError';
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

/** Why the Library cannot ask ImageKit with these settings, or null when it can. */
export function libraryBlocker(settings: Settings, privateKeySet: boolean): UserError | null {
  if (settings.connection.authMode !== 'private-key') return LIBRARY_NEEDS_KEY;
  if (!privateKeySet) return { code: 'not-configured', message: strings.library.needsKey };
  return null;
}

/** The list API's `path` for an upload folder: "/a/b" becomes "/a/b/", "/" stays. */
export function listPath(folder: string): string {
  const trimmed = folder.replace(/\/+$/, '');
  return `${trimmed.startsWith('/') ? '' : '/'}${trimmed}/`;
}

/**
 * One page of the folder, newest first. One file more than the page is asked for, so
 * `hasMore` is known without a second call.
 */
export async function listLibrary(
  client: LibraryClient,
  folder: string,
  query: LibraryQuery,
): Promise<LibraryPage> {
  const limit = query.limit ?? LIBRARY_DEFAULT_LIMIT;
  const result = await client.listFiles({
    folder: listPath(folder),
    search: query.search?.trim() ?? '',
    skip: query.offset ?? 0,
    limit: limit + 1,
  });
  if (!result.ok) throw new LibraryError(result.error);
  return { files: result.value.slice(0, limit), hasMore: result.value.length > limit };
}

/** Deletes one file on ImageKit. */
export async function deleteLibraryFile(client: LibraryClient, fileId: string): Promise<void> {
  const result = await client.deleteFile(fileId);
  if (!result.ok) throw new LibraryError(result.error);
}
