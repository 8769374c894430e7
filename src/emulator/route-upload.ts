import type { IncomingMessage, ServerResponse } from 'node:http';
import { assertNever } from '../shared/assert';
import { authenticateUpload, burnToken } from './auth';
import type { Context } from './context';
import type { FaultDecision } from './faults';
import { ApiError, MESSAGES, sendError, sendJson } from './http-reply';
import { ClientGoneError, readForm } from './multipart';
import type { ParsedForm } from './multipart';
import { uploadResponse } from './shapes';
import { draftDescription, readUploadFields } from './upload-fields';
import type { UploadFields } from './upload-fields';

/** POST /api/v1/files/upload */
export async function handleUpload(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  // Drawn on arrival, so the fault sequence depends only on the seed and the request order.
  const fault = ctx.faults.next();
  let form: ParsedForm;
  try {
    form = await readForm(req, ctx.maxUploadBytes, ctx.uplink);
  } catch (error) {
    if (error instanceof ClientGoneError) return;
    reject(ctx, res, error);
    return;
  }
  // Burnt before anything can fail: ImageKit tokens are single-use even after an error.
  const tokenWasNew = burnToken(ctx.ledger, form.fields.get('token'));
  if (fault.kind !== 'none' && !isAfterStore(fault)) {
    injectFault(ctx, req, res, fault);
    return;
  }
  try {
    const signed = {
      publicKey: form.fields.get('publicKey'),
      token: form.fields.get('token'),
      expire: form.fields.get('expire'),
      signature: form.fields.get('signature'),
    };
    authenticateUpload(req.headers.authorization, signed, ctx.keys, tokenWasNew);
    const fields = withExtensions(ctx, readUploadFields(form));
    const info = await ctx.inspect(fields.bytes, fields.fileName);
    const record = await ctx.store.put({ ...fields, info });
    await ctx.index.save();
    ctx.stats.uploads += 1;
    ctx.log(`stored ${record.filePath} (${record.size} bytes, ${record.versionInfo.name})`);
    if (isAfterStore(fault)) {
      injectFault(ctx, req, res, fault);
      return;
    }
    const body = uploadResponse(record, ctx.urls, fields.responseFields);
    sendJson(res, 200, { ...body, ...extensionStatus(fields.extensions) });
  } catch (error) {
    reject(ctx, res, error);
  }
}

/**
 * The upload's custom metadata checked against the account's fields (required ones left out
 * take their default), and the description the ai-auto-description extension drafts.
 */
function withExtensions(ctx: Context, fields: UploadFields): UploadFields {
  const customMetadata = ctx.fields.check(fields.customMetadata, true);
  const drafted = fields.extensions.includes('ai-auto-description');
  return {
    ...fields,
    customMetadata,
    description: drafted ? draftDescription(fields.fileName) : fields.description,
  };
}

/** `extensionStatus` as ImageKit answers it: each extension asked for, and how it went. */
function extensionStatus(extensions: readonly string[]): Record<string, unknown> {
  if (extensions.length === 0) return {};
  return { extensionStatus: Object.fromEntries(extensions.map((name) => [name, 'success'])) };
}

type ActiveFault = Exclude<FaultDecision, { kind: 'none' }>;

function isAfterStore(fault: FaultDecision): fault is Exclude<ActiveFault, { kind: 'rateLimit' }> {
  return fault.kind !== 'none' && fault.kind !== 'rateLimit' && fault.afterStore;
}

function reject(ctx: Context, res: ServerResponse, error: unknown): void {
  if (error instanceof ApiError) {
    ctx.stats.rejected += 1;
    ctx.log(`rejected upload: ${error.status} ${error.message}`);
    sendError(res, error);
    return;
  }
  ctx.log(`upload failed inside the emulator: ${String(error)}`);
  sendError(res, new ApiError(500, MESSAGES.serverError));
}

/** Carries out a fault decision on this request. */
function injectFault(
  ctx: Context,
  req: IncomingMessage,
  res: ServerResponse,
  fault: ActiveFault,
): void {
  const late = isAfterStore(fault);
  ctx.stats.fault(fault.kind, late);
  ctx.log(`fault: ${fault.kind}${late ? ' after store' : ''}`);
  switch (fault.kind) {
    case 'rateLimit': {
      const seconds = ctx.faults.retryAfterSeconds;
      sendError(
        res,
        new ApiError(429, MESSAGES.rateLimited, {
          'retry-after': String(seconds),
          'x-ratelimit-limit': '10',
          'x-ratelimit-reset': String(seconds * 1000),
          'x-ratelimit-interval': '1000',
        }),
      );
      return;
    }
    case 'serverError':
      sendError(res, new ApiError(fault.status, MESSAGES.serverError));
      return;
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'stall':
      ctx.stalled.add(req.socket);
      req.socket.once('close', () => ctx.stalled.delete(req.socket));
      return;
    default:
      assertNever(fault, 'fault');
  }
}
