import { createHash } from 'node:crypto';
import type { FileRecord } from './index-file';
import type { StoredFile } from './types';

/** Builds the public urls of stored files, e.g. http://127.0.0.1:PORT/demo/folder/a.webp. */
export class Urls {
  constructor(readonly urlEndpoint: string) {}

  file(filePath: string): string {
    return this.urlEndpoint + encodePath(filePath);
  }

  /** ImageKit's media-library thumbnail: a named transformation in the path. */
  thumbnail(filePath: string): string {
    return `${this.urlEndpoint}/tr:n-ik_ml_thumbnail${encodePath(filePath)}`;
  }
}

/** The programmatic view of a record. */
export function storedFile(record: FileRecord, urls: Urls): StoredFile {
  return { ...record, url: urls.file(record.filePath) };
}

/**
 * The upload response. As in ImageKit's v1 docs, tags, customCoordinates, isPrivateFile,
 * isPublished, customMetadata, embeddedMetadata and metadata appear only when asked for in
 * `responseFields`; the rest always does.
 */
export function uploadResponse(
  record: FileRecord,
  urls: Urls,
  responseFields: ReadonlySet<string>,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    fileId: record.fileId,
    name: record.name,
    size: record.size,
    versionInfo: record.versionInfo,
    filePath: record.filePath,
    url: urls.file(record.filePath),
    fileType: record.fileType,
    ...(record.description !== undefined ? { description: record.description } : {}),
  };
  if (record.fileType === 'image') {
    body.height = record.height;
    body.width = record.width;
    body.thumbnailUrl = urls.thumbnail(record.filePath);
  }
  const optional: Record<string, () => unknown> = {
    tags: () => tagsOrNull(record),
    customCoordinates: () => record.customCoordinates,
    isPrivateFile: () => record.isPrivateFile,
    isPublished: () => true,
    customMetadata: () => record.customMetadata,
    embeddedMetadata: () => ({}),
    metadata: () => legacyMetadata(record),
  };
  for (const [field, value] of Object.entries(optional)) {
    if (responseFields.has(field)) body[field] = value();
  }
  return body;
}

/** One file as the list API (GET /v1/files) returns it. */
export function listedFile(record: FileRecord, urls: Urls): Record<string, unknown> {
  return {
    type: 'file',
    fileId: record.fileId,
    name: record.name,
    filePath: record.filePath,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    tags: tagsOrNull(record),
    AITags: null,
    versionInfo: record.versionInfo,
    isPrivateFile: record.isPrivateFile,
    isPublished: true,
    customCoordinates: record.customCoordinates,
    customMetadata: record.customMetadata,
    ...(record.description !== undefined ? { description: record.description } : {}),
    url: urls.file(record.filePath),
    ...(record.fileType === 'image' ? { thumbnail: urls.thumbnail(record.filePath) } : {}),
    fileType: record.fileType,
    mime: record.mime,
    size: record.size,
    ...(record.fileType === 'image'
      ? { height: record.height, width: record.width, hasAlpha: record.hasAlpha ?? false }
      : {}),
  };
}

/** One folder as the list API returns it with type=folder or type=all. */
export function listedFolder(folderPath: string, createdAt: string): Record<string, unknown> {
  const segments = folderPath.split('/').filter(Boolean);
  return {
    type: 'folder',
    name: segments[segments.length - 1] ?? '',
    folderPath: `/${segments.join('/')}`,
    folderId: createHash('sha1').update(folderPath).digest('hex').slice(0, 24),
    createdAt,
    updatedAt: createdAt,
    customMetadata: {},
  };
}

function tagsOrNull(record: FileRecord): readonly string[] | null {
  return record.tags.length > 0 ? record.tags : null;
}

function legacyMetadata(record: FileRecord): Record<string, unknown> {
  const format = record.mime.startsWith('image/') ? record.mime.slice(6).replace('+xml', '') : '';
  return {
    height: record.height,
    width: record.width,
    size: record.size,
    format,
    hasTransparency: record.hasAlpha ?? false,
  };
}

function encodePath(filePath: string): string {
  return filePath.split('/').map(encodeURIComponent).join('/');
}
