import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { requirePrivateKey } from './auth';
import type { Context } from './context';
import { ApiError, sendJson } from './http-reply';
import type { FileRecord } from './index-file';
import { folderOf, parseListQuery } from './list-query';
import type { ListQuery } from './list-query';
import { listedFile, listedFolder } from './shapes';

/** GET /v1/files: the list API, with Basic auth as ImageKit requires. */
export function handleList(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  params: URLSearchParams,
): void {
  requirePrivateKey(req.headers.authorization, ctx.keys);
  const query = parseListQuery(params);
  if (params.get('searchQuery')) ctx.stats.searches += 1;
  // The store is oldest first and the sort is stable, so reversing first orders ties too.
  const stored = query.descending ? [...ctx.store.all()].reverse() : ctx.store.all();
  const files = stored.filter(query.matches).sort(query.sort);
  const items: unknown[] = [];
  if (query.type !== 'file') items.push(...foldersIn(ctx.store.all(), query));
  if (query.type !== 'folder') items.push(...files.map((r) => listedFile(r, ctx.urls)));
  sendJson(res, 200, items.slice(query.skip, query.skip + query.limit));
}

/** Folders exist implicitly, created by the uploads that name them. */
function foldersIn(records: readonly FileRecord[], query: ListQuery): unknown[] {
  const firstSeen = new Map<string, string>();
  for (const record of records) {
    const segments = folderOf(record).split('/').filter(Boolean);
    for (let depth = 1; depth <= segments.length; depth += 1) {
      const folder = `/${segments.slice(0, depth).join('/')}/`;
      const seen = firstSeen.get(folder);
      if (seen === undefined || record.createdAt < seen) firstSeen.set(folder, record.createdAt);
    }
  }
  const parent = query.path;
  return [...firstSeen]
    .filter(([folder]) => parent === undefined || parentOf(folder) === parent)
    .map(([folder, createdAt]) => listedFolder(folder, createdAt));
}

function parentOf(folder: string): string {
  const trimmed = folder.slice(0, -1);
  return trimmed.slice(0, trimmed.lastIndexOf('/') + 1);
}

/**
 * GET on a file's url (or thumbnailUrl): the stored bytes. Transformations in the path
 * (/tr:.../) or the query (?tr=) are ignored, so a thumbnail link serves the original.
 */
export function handleFile(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): void {
  const segments = pathname.split('/').filter(Boolean).slice(1);
  if (segments[0]?.startsWith('tr:')) segments.shift();
  let filePath: string;
  try {
    filePath = `/${segments.map((s) => decodeURIComponent(s)).join('/')}`;
  } catch {
    throw new ApiError(400, 'The file path in this URL is not valid.');
  }
  const record = ctx.store.get(filePath);
  if (!record) throw new ApiError(404, 'The requested file does not exist.');
  if (record.isPrivateFile) {
    throw new ApiError(401, 'This file is private; the emulator does not serve signed URLs.');
  }
  res.writeHead(200, {
    'content-type': record.mime,
    'content-length': String(record.size),
    'last-modified': new Date(record.updatedAt).toUTCString(),
    // An SVG opened from its link would otherwise run its scripts at the emulator's origin.
    ...(/^image\/svg\+xml\b/i.test(record.mime) ? { 'content-security-policy': 'sandbox' } : {}),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(ctx.store.diskPath(filePath));
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
