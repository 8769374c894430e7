/**
 * The Library view: the files in the upload folder on ImageKit, read through ImageKit's list API
 * and deleted through its delete API. Main holds the key; the page only sees these shapes.
 */

/** One page of the Library: a name search and a window into the newest-first list. */
export interface LibraryQuery {
  /** Names that begin with this text (ImageKit's `name:` search); empty for every file. */
  readonly search?: string;
  /** Files to skip, for paging. */
  readonly offset?: number;
  /** Files per page; at most LIBRARY_MAX_LIMIT. */
  readonly limit?: number;
}

/** A file in the upload folder as the Library shows it. */
export interface LibraryFile {
  readonly fileId: string;
  readonly name: string;
  readonly filePath: string;
  /** The file's own URL under the URL endpoint. */
  readonly url: string;
  /** The same file resized by a URL-endpoint transformation, for the grid. */
  readonly thumbnailUrl: string;
  /** Pixels; 0 when ImageKit does not say (not an image). */
  readonly width: number;
  readonly height: number;
  /** Bytes. */
  readonly size: number;
  /** ISO 8601, as ImageKit sends it. */
  readonly createdAt: string;
  /** The file's description on ImageKit (its alt text), when it has one. */
  readonly description?: string;
}

export interface LibraryPage {
  readonly files: readonly LibraryFile[];
  /** Whether more files match after this page. */
  readonly hasMore: boolean;
}

/** Files per page when the query does not say. */
export const LIBRARY_DEFAULT_LIMIT = 40;
/** The most files one call may ask for. */
export const LIBRARY_MAX_LIMIT = 100;
/** The transformation that makes grid thumbnails: at most 200 px on each side, never cropped. */
export const LIBRARY_THUMB_TRANSFORM = 'w-200,h-200,c-at_max';
