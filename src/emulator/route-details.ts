import type { IncomingMessage, ServerResponse } from 'node:http';
import { requirePrivateKey } from './auth';
import type { Context } from './context';
import { ApiError, sendJson } from './http-reply';
import { FILE_NOT_FOUND } from './route-delete';
import type { FileRecord } from './index-file';
import { listedFile } from './shapes';
import type { DetailsChange } from './store';
import { parseDescription } from './upload-fields';

const MAX_BODY = 64 * 1024;

function invalid(name: string, rule: string): ApiError {
  return new ApiError(400, `Your request contains invalid ${name} parameter. ${rule}`);
}

/** A JSON object body of at most 64 KiB; anything else answers 400 (413 when too large). */
export async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new ApiError(413, 'The request body is too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(400, 'Send the file details as a JSON object.');
}

/** The parts of the body this emulator applies; others ImageKit knows are accepted and ignored. */
function changeFrom(body: Record<string, unknown>): DetailsChange {
  const out: { -readonly [K in keyof DetailsChange]?: DetailsChange[K] } = {};
  if ('description' in body) {
    if (typeof body.description !== 'string') throw invalid('description', 'Send a string.');
    out.description = parseDescription(body.description);
  }
  if ('tags' in body) {
    const tags = body.tags;
    if (tags === null) out.tags = [];
    else if (Array.isArray(tags) && tags.every((t) => typeof t === 'string')) out.tags = tags;
    else throw invalid('tags', 'Send an array of strings, or null.');
  }
  if ('customMetadata' in body) {
    const value = body.customMetadata;
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      throw invalid('customMetadata', 'Send a JSON object.');
    }
    out.customMetadata = value as Record<string, unknown>;
  }
  return out;
}

/**
 * Custom metadata as update file details applies it: each key sent replaces that key, null
 * unsets it, the rest stay; every key must be a field of the account and fit it.
 */
function withMetadata(ctx: Context, change: DetailsChange, before: FileRecord): DetailsChange {
  const sent = ctx.fields.check(change.customMetadata, false);
  if (sent === undefined) return change;
  const merged: Record<string, unknown> = { ...before.customMetadata };
  for (const [name, value] of Object.entries(sent)) {
    if (value === null) delete merged[name];
    else merged[name] = value;
  }
  return { ...change, customMetadata: merged };
}

/**
 * PATCH /v1/files/{fileId}/details (update file details): changes the description, tags or
 * custom metadata and answers the file's details, as the list API shows a file.
 */
export async function handleDetails(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  rawId: string,
): Promise<void> {
  requirePrivateKey(req.headers.authorization, ctx.keys);
  let fileId: string;
  try {
    fileId = decodeURIComponent(rawId);
  } catch {
    req.resume();
    throw new ApiError(404, FILE_NOT_FOUND);
  }
  const change = changeFrom(await readBody(req));
  const before = ctx.store.all().find((r) => r.fileId === fileId);
  if (!before) throw new ApiError(404, FILE_NOT_FOUND);
  const record = await ctx.store.update(fileId, withMetadata(ctx, change, before));
  if (!record) throw new ApiError(404, FILE_NOT_FOUND);
  await ctx.index.save();
  ctx.log(`updated ${record.filePath}`);
  sendJson(res, 200, listedFile(record, ctx.urls));
}
