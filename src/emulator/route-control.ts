import type { IncomingMessage, ServerResponse } from 'node:http';
import { makeAuthParams } from './auth';
import type { Context } from './context';
import { ApiError, sendJson } from './http-reply';
import { storedFile } from './shapes';
import type { FaultOptions } from './types';

const MAX_CONTROL_BODY = 64 * 1024;

/**
 * /__emulator/*: the stand-in auth server and out-of-process inspection. Not part of ImageKit,
 * so it is neither delayed nor faulted nor counted.
 */
export async function handleControl(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  setFaults: (f: FaultOptions) => void,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${pathname}`;
  switch (route) {
    case 'GET /__emulator/auth':
      sendJson(res, 200, makeAuthParams(ctx.keys.privateKey), { 'cache-control': 'no-store' });
      return;
    case 'GET /__emulator/files':
      sendJson(
        res,
        200,
        ctx.store.all().map((r) => storedFile(r, ctx.urls)),
      );
      return;
    case 'GET /__emulator/stats':
      sendJson(res, 200, ctx.stats.snapshot(ctx.ledger.counts()));
      return;
    case 'POST /__emulator/faults': {
      // A page can send a form or text/plain without asking first; JSON needs a CORS preflight,
      // which this route never grants.
      if (!isJson(req.headers['content-type'])) {
        req.resume();
        throw new ApiError(
          415,
          'Send the fault settings as JSON (Content-Type: application/json).',
        );
      }
      const body = await readJson(req);
      try {
        setFaults(body as FaultOptions);
      } catch (error) {
        throw new ApiError(400, (error as Error).message);
      }
      sendJson(res, 200, { faults: body, seed: ctx.faults.seed });
      return;
    }
    default:
      throw new ApiError(404, `The emulator has no control endpoint ${route}.`);
  }
}

function isJson(contentType: string | undefined): boolean {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CONTROL_BODY) throw new ApiError(413, 'The fault settings are too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(400, 'Send the fault settings as a JSON object.');
}
