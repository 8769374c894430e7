import type { IncomingMessage, ServerResponse } from 'node:http';
import { requirePrivateKey } from './auth';
import type { Context } from './context';
import { sendJson } from './http-reply';
import { readBody } from './route-details';

/** GET /v1/customMetadataFields: the account's fields, oldest first (Basic auth). */
export function handleListFields(ctx: Context, req: IncomingMessage, res: ServerResponse): void {
  requirePrivateKey(req.headers.authorization, ctx.keys);
  ctx.stats.fieldLists += 1;
  req.resume();
  sendJson(res, 200, ctx.fields.all());
}

/** POST /v1/customMetadataFields: creates a field from `{name, label, schema}` (Basic auth). */
export async function handleCreateField(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  requirePrivateKey(req.headers.authorization, ctx.keys);
  const field = ctx.fields.create(await readBody(req));
  await ctx.index.save();
  ctx.log(`created custom metadata field ${field.name} (${field.schema.type})`);
  sendJson(res, 201, field);
}
