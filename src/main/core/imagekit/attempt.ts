/** One upload request for one variant: auth, the SDK call, and checking the answer. */
import type { TokenSource } from './auth';
import type { Failure } from './failures';
import { RequestFailure, failureFrom } from './failures';
import { mimeFor } from './naming';
import { authHeaders, countingFetch, sdkClient } from './transport';
import type { SentListener } from './transport';
import type { UploadedRef } from './types';
import type { OutputFormat } from '../../../shared/presets';
import type { CustomValues } from '../../../shared/custom-metadata';

export interface AttemptRequest {
  readonly name: string;
  readonly data: Uint8Array;
  readonly format: OutputFormat;
  readonly folder: string;
  readonly tags: readonly string[];
  /** Sent as the description when not empty (the file's alt text). */
  readonly description?: string;
  /** Sent as customMetadata when it has any value. */
  readonly customMetadata?: CustomValues;
  /** Asks for the ai-auto-description extension. */
  readonly draftAlt?: boolean;
}

export interface AttemptDeps {
  readonly uploadUrl: string;
  readonly apiUrl: string;
  /** Set in private-key mode. */
  readonly privateKey: string | null;
  /** Set in auth-endpoint mode, with the public key that goes with its tokens. */
  readonly signed: { readonly tokens: TokenSource; readonly publicKey: string } | null;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
  readonly now: () => number;
}

/** What a successful upload answer must hold; other fields are ignored. */
export function refFromResponse(body: unknown, request: AttemptRequest): UploadedRef | Failure {
  const bad = (detail: string): Failure => ({ kind: 'bad-response', source: 'upload', detail });
  if (!body || typeof body !== 'object' || Array.isArray(body)) return bad('not a JSON object');
  const r = body as Record<string, unknown>;
  if (typeof r.fileId !== 'string' || r.fileId === '') return bad('no fileId');
  if (typeof r.url !== 'string' || r.url === '') return bad('no url');
  const name = typeof r.name === 'string' && r.name !== '' ? r.name : request.name;
  const folder = request.folder.replace(/\/+$/, '');
  const filePath =
    typeof r.filePath === 'string' && r.filePath !== '' ? r.filePath : `${folder}/${name}`;
  const bytes = typeof r.size === 'number' && r.size >= 0 ? r.size : request.data.byteLength;
  const status = (r.extensionStatus ?? {}) as Record<string, unknown>;
  const drafted =
    request.draftAlt &&
    status['ai-auto-description'] === 'success' &&
    typeof r.description === 'string' &&
    r.description.trim() !== ''
      ? r.description.trim()
      : undefined;
  return { fileId: r.fileId, url: r.url, filePath, name, bytes, ...(drafted ? { drafted } : {}) };
}

/**
 * Sends one variant once. `useUniqueFileName: false` with `overwriteFile: true` makes the
 * request idempotent: a repeat after a lost answer replaces the same name with the same bytes
 * instead of storing a second copy or failing with "already exists". Throws RequestFailure.
 */
export async function uploadOnce(
  request: AttemptRequest,
  deps: AttemptDeps,
  signal: AbortSignal,
  onSent: SentListener,
): Promise<UploadedRef> {
  const signedFields = deps.signed
    ? { publicKey: deps.signed.publicKey, ...(await deps.signed.tokens.next(signal)) }
    : {};
  const client = sdkClient({
    privateKey: deps.privateKey,
    apiUrl: deps.apiUrl,
    timeoutMs: deps.timeoutMs,
    fetch: countingFetch(deps.fetch, onSent),
  });
  let body: unknown;
  try {
    body = await client.files.upload(
      {
        fileName: request.name,
        folder: request.folder,
        useUniqueFileName: false,
        overwriteFile: true,
        ...(request.tags.length > 0 ? { tags: [...request.tags] } : {}),
        ...(request.description ? { description: request.description } : {}),
        ...(request.customMetadata && Object.keys(request.customMetadata).length > 0
          ? { customMetadata: request.customMetadata as Record<string, unknown> }
          : {}),
        ...(request.draftAlt ? { extensions: [{ name: 'ai-auto-description' as const }] } : {}),
        ...signedFields,
        // Last, so servers that parse the stream see every field before the bytes.
        // Encoded variants never live in shared memory, so the narrower buffer type holds.
        file: new File([request.data as Uint8Array<ArrayBuffer>], request.name, {
          type: mimeFor(request.format),
        }),
      },
      {
        // The SDK appends its fixed upload path to a host; a full URL here is used as is, so
        // a compatible server may serve uploads under any path.
        path: deps.uploadUrl,
        headers: authHeaders(deps.privateKey),
        signal,
      },
    );
  } catch (err) {
    throw new RequestFailure(failureFrom(err, 'upload', deps.now()));
  }
  const ref = refFromResponse(body, request);
  if ('kind' in ref) throw new RequestFailure(ref);
  return ref;
}
