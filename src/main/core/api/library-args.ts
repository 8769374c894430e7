/** Checks for the Library calls' arguments, which come from the untrusted page. */
import type { LibraryQuery } from '../../../shared/library';
import { LIBRARY_MAX_LIMIT } from '../../../shared/library';
import { LIBRARY_SEARCH_MAX } from '../../../shared/limits';
import { InvalidInputError, integer, record, text } from '../common/validate';

/** The most files a page may skip: far past any folder a person pages through. */
const MAX_OFFSET = 1_000_000;

/** A LibraryQuery with every field checked; unknown fields are refused. */
export function libraryQuery(value: unknown): LibraryQuery {
  const r = record(value ?? {}, 'Library query');
  for (const key of Object.keys(r)) {
    if (!['search', 'offset', 'limit'].includes(key)) {
      throw new InvalidInputError(`Library query has an unknown field "${key}".`);
    }
  }
  return {
    ...(r.search === undefined ? {} : { search: text(r.search, 'Search', LIBRARY_SEARCH_MAX) }),
    ...(r.offset === undefined ? {} : { offset: integer(r.offset, 'Offset', 0, MAX_OFFSET) }),
    ...(r.limit === undefined ? {} : { limit: integer(r.limit, 'Limit', 1, LIBRARY_MAX_LIMIT) }),
  };
}

/** An ImageKit file id: letters, digits, - and _ only, so it cannot change the request path. */
export function libraryFileId(value: unknown): string {
  const id = text(value, 'File id', 64);
  if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new InvalidInputError('File id is not valid.');
  return id;
}
