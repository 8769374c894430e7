/** Reading ImageKit's list answer into LibraryFiles, and the thumbnail link for each. */
import type { LibraryFile } from '../../../shared/library';
import { LIBRARY_THUMB_TRANSFORM } from '../../../shared/library';

/**
 * The file's URL with a URL-endpoint transformation in the query (`?tr=`), which ImageKit
 * applies on delivery; the path form would break URLs that already carry one.
 */
export function thumbnailUrl(url: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}tr=${LIBRARY_THUMB_TRANSFORM}`;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : 0;
}

function fileFrom(item: unknown): LibraryFile | 'folder' | null {
  if (!item || typeof item !== 'object' || Array.isArray(item)) return null;
  const r = item as Record<string, unknown>;
  if (r.type === 'folder') return 'folder';
  const { fileId, name, filePath, url } = r;
  if (typeof fileId !== 'string' || fileId === '') return null;
  if (typeof name !== 'string' || typeof filePath !== 'string') return null;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
  return {
    fileId,
    name,
    filePath,
    url,
    thumbnailUrl: thumbnailUrl(url),
    width: count(r.width),
    height: count(r.height),
    size: count(r.size),
    createdAt: typeof r.createdAt === 'string' ? r.createdAt : '',
    ...(typeof r.description === 'string' && r.description.trim() !== ''
      ? { description: r.description.trim() }
      : {}),
  };
}

/** The files in a list answer, or a short reason why it is not one. */
export function filesFromList(body: unknown): LibraryFile[] | string {
  if (!Array.isArray(body)) return 'not a list of files';
  const files: LibraryFile[] = [];
  for (const item of body) {
    const file = fileFrom(item);
    if (file === null) return 'a file without an id, name or link';
    if (file !== 'folder') files.push(file);
  }
  return files;
}
