import type { IncomingMessage, ServerResponse } from 'node:http';
import { requirePrivateKey } from './auth';
import type { Context } from './context';
import { ApiError } from './http-reply';

/** ImageKit's answer for an id it does not know (DELETE and the other per-file routes). */
export const FILE_NOT_FOUND = 'The requested file does not exist.';

/**
 * DELETE /v1/files/{fileId}: removes the file, its bytes and its versions, answering 204 with no
 * body as ImageKit does; an unknown id answers 404 with {message, help}.
 */
export async function handleDelete(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
): Promise<void> {
  req.resume();
  requirePrivateKey(req.headers.authorization, ctx.keys);
  let fileId: string;
  try {
    fileId = decodeURIComponent(rawId);
  } catch {
    throw new ApiError(404, FILE_NOT_FOUND);
  }
  if (fileId === '' || fileId.includes('/')) throw new ApiError(404, FILE_NOT_FOUND);
  const removed = await ctx.store.remove(fileId);
  if (!removed) throw new ApiError(404, FILE_NOT_FOUND);
  await ctx.index.save();
  ctx.log(`deleted ${removed.filePath}`);
  res.writeHead(204, { 'access-control-allow-origin': '*' });
  res.end();
}
