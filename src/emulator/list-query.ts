import { ApiError } from './http-reply';
import type { FileRecord } from './index-file';
import { normaliseFolder } from './upload-fields';

export type ListType = 'file' | 'folder' | 'all';

/** GET /v1/files parameters, validated, with the documented defaults. */
export interface ListQuery {
  readonly limit: number;
  readonly skip: number;
  readonly type: ListType;
  /** Folder to list (direct children only), normalised like upload folders. */
  readonly path: string | undefined;
  readonly sort: (a: FileRecord, b: FileRecord) => number;
  /** A DESC_ sort: equal keys then come newest upload first, as if the clock never tied. */
  readonly descending: boolean;
  readonly matches: (record: FileRecord) => boolean;
}

const SORT_KEYS: Readonly<Record<string, (r: FileRecord) => string | number>> = {
  NAME: (r) => r.name,
  CREATED: (r) => r.createdAt,
  UPDATED: (r) => r.updatedAt,
  SIZE: (r) => r.size,
  HEIGHT: (r) => r.height ?? 0,
  WIDTH: (r) => r.width ?? 0,
  RELEVANCE: (r) => r.createdAt,
};

/** Reads the list API's query string; unsupported or out-of-range values answer 400. */
export function parseListQuery(params: URLSearchParams): ListQuery {
  const limit = wholeNumber(params.get('limit'), 'limit', 1000, 1, 1000);
  const skip = wholeNumber(params.get('skip'), 'skip', 0, 0, Number.MAX_SAFE_INTEGER);
  const rawPath = params.get('path');
  const path = rawPath === null || rawPath === '' ? undefined : normaliseFolder(rawPath);
  const searchQuery = params.get('searchQuery');
  const filters: Array<(r: FileRecord) => boolean> = [fileTypeFilter(params.get('fileType'))];
  if (path !== undefined) filters.push((r) => folderOf(r) === path);
  if (searchQuery) {
    filters.push(...parseSearchQuery(searchQuery));
  } else {
    const tags = (params.get('tags') ?? '').split(',').map((t) => t.trim());
    const wanted = tags.filter(Boolean);
    if (wanted.length > 0) filters.push((r) => r.tags.some((t) => wanted.includes(t)));
    const name = params.get('name');
    if (name) filters.push((r) => r.name === name);
  }
  return {
    limit,
    skip,
    type: listType(searchQuery ? null : params.get('type')),
    path,
    sort: sorter(params.get('sort')),
    descending: (params.get('sort') ?? '').startsWith('DESC_'),
    matches: (r) => filters.every((f) => f(r)),
  };
}

/** The folder a file sits in, e.g. "/a/b/" for "/a/b/c.png". */
export function folderOf(record: FileRecord): string {
  return record.filePath.slice(0, record.filePath.lastIndexOf('/') + 1);
}

function wholeNumber(
  raw: string | null,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (Number.isInteger(value) && value >= min && value <= max) return value;
  throw new ApiError(
    400,
    `Your request contains invalid ${name} parameter. It must be a whole number from ${min} to ${max}.`,
  );
}

function fileTypeFilter(raw: string | null): (r: FileRecord) => boolean {
  if (raw === null || raw === '' || raw === 'all') return () => true;
  if (raw === 'image' || raw === 'non-image') return (r) => r.fileType === raw;
  throw new ApiError(400, 'Your request contains invalid fileType parameter.');
}

function listType(raw: string | null): ListType {
  if (raw === null || raw === '' || raw === 'file' || raw === 'file-version') return 'file';
  if (raw === 'folder' || raw === 'all') return raw;
  throw new ApiError(400, 'Your request contains invalid type parameter.');
}

function sorter(raw: string | null): (a: FileRecord, b: FileRecord) => number {
  const match = /^(ASC|DESC)_([A-Z]+)$/.exec(raw || 'ASC_CREATED');
  const key = match?.[2] ? SORT_KEYS[match[2]] : undefined;
  if (!match || !key) throw new ApiError(400, 'Your request contains invalid sort parameter.');
  const direction = match[1] === 'ASC' ? 1 : -1;
  return (a, b) => {
    const left = key(a);
    const right = key(b);
    return (left < right ? -1 : left > right ? 1 : 0) * direction;
  };
}

/**
 * A small subset of ImageKit's Lucene-like searchQuery: clauses joined by AND, on name and
 * path ("=" exact, ":" begins-with / within subfolders), tags (IN or =), fileType (=) and
 * "customMetadata.<field>" (= or IN; a MultiSelect value matches when it holds the value).
 */
function parseSearchQuery(query: string): Array<(r: FileRecord) => boolean> {
  return query.split(/\s+AND\s+/i).map((clause) => {
    const match = /^\s*"?(\w+|customMetadata\.[\w-]+)"?\s*(=|:|IN)\s*(.+?)\s*$/i.exec(clause);
    const field = match?.[1];
    const op = match?.[2]?.toUpperCase();
    if (field?.startsWith('customMetadata.') && match?.[3] && (op === '=' || op === 'IN')) {
      const filter = metadataFilter(field.slice('customMetadata.'.length), op, match[3]);
      if (filter) return filter;
    }
    const value = match?.[3] ? parseValue(match[3]) : undefined;
    if (field === 'name' && typeof value === 'string') {
      if (op === '=') return (r) => r.name === value;
      if (op === ':') return (r) => r.name.startsWith(value);
    }
    if (field === 'name' && Array.isArray(value) && op === 'IN') {
      return (r) => value.includes(r.name);
    }
    if (field === 'path' && typeof value === 'string') {
      const folder = normaliseFolder(value);
      if (op === '=') return (r) => folderOf(r) === folder;
      if (op === ':') return (r) => folderOf(r).startsWith(folder);
    }
    if (field === 'tags' && value !== undefined && (op === 'IN' || op === '=')) {
      const wanted = Array.isArray(value) ? value : [value];
      return (r) => r.tags.some((t) => wanted.includes(t));
    }
    if (field === 'fileType' && typeof value === 'string' && op === '=') {
      return (r) => r.fileType === value;
    }
    throw new ApiError(
      400,
      'The emulator supports only a subset of searchQuery: name, path, tags, fileType and "customMetadata.<field>" with =, : and IN, joined by AND.',
    );
  });
}

type Scalar = string | number | boolean;

/** `"customMetadata.x" = v` or `"customMetadata.x" IN [v, …]`, with JSON values. */
function metadataFilter(
  name: string,
  op: string,
  raw: string,
): ((r: FileRecord) => boolean) | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  const isScalar = (v: unknown): v is Scalar => ['string', 'number', 'boolean'].includes(typeof v);
  const wanted: unknown[] = op === 'IN' && Array.isArray(value) ? value : [value];
  if ((op === 'IN') !== Array.isArray(value) || !wanted.every(isScalar)) return null;
  const set = new Set<unknown>(wanted);
  return (r) => {
    const held = r.customMetadata[name];
    return Array.isArray(held) ? held.some((v) => set.has(v)) : set.has(held);
  };
}
function parseValue(raw: string): string | string[] | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value === 'string') return value;
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value;
  } catch {
    // Not JSON: an unquoted word such as image.
  }
  return /^[\w.-]+$/.test(raw) ? raw : undefined;
}
