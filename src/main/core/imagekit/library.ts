/**
 * The Library's calls to ImageKit's management API: list the files of a folder, delete one, and
 * change a file's description (its alt text). All need the private key (Basic auth), go through the official SDK like uploads do, and fail
 * with the same classified, redacted sentences.
 */
import type { UserError } from '../../../shared/errors';
import type { LibraryFile } from '../../../shared/library';
import type { ResolvedConfig } from './config';
import type { Failure } from './failures';
import { RequestFailure, failureFrom } from './failures';
import { filesFromList } from './library-files';
import { fieldsFromList } from './custom-fields';
import type { CustomField } from '../../../shared/custom-metadata';
import { describeConfigFailure } from './config-failure';
import { redact } from './redact';
import { authHeaders, sdkClient } from './transport';
import { strings } from '../../../shared/strings';

/** One request to the list API. */
export interface ListRequest {
  /** The folder, e.g. "/products/2026/" ("/" for the root). */
  readonly folder: string;
  /** Names beginning with this; empty for all. */
  readonly search: string;
  readonly skip: number;
  readonly limit: number;
}

export type LibraryResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UserError };

/** Signed uploads hand the app no private key, and the management API accepts nothing else. */
export const LIBRARY_NEEDS_KEY: UserError = {
  code: 'not-configured',
  message: strings.library.needsKeyMode,
};

/** ImageKit's search language: names that begin with the text, the text quoted as JSON. */
export function nameSearch(search: string): string | undefined {
  return search === '' ? undefined : `name : ${JSON.stringify(search)}`;
}

function failureSentence(
  config: ResolvedConfig,
  f: Failure,
  action: 'list' | 'delete' | 'update',
): UserError {
  if (
    f.kind === 'http' &&
    f.status === 404 &&
    action === 'delete' &&
    /exist|not found/i.test(f.serverMessage)
  ) {
    return { code: 'not-found', message: strings.library.alreadyDeleted };
  }
  if (f.kind === 'http' && f.status === 400 && action === 'list') {
    const said = f.serverMessage === '' ? '' : ` ("${redact(f.serverMessage, config.secrets)}")`;
    return {
      code: 'invalid-request',
      message: strings.library.searchFailed(said),
    };
  }
  return describeConfigFailure(config, f);
}

/** One management call with the private key, under the attempt timeout. Never throws. */
export async function once<T>(
  config: ResolvedConfig,
  action: 'list' | 'delete' | 'update',
  call: (signal: AbortSignal) => Promise<T>,
): Promise<LibraryResult<T>> {
  if (config.mode !== 'private-key' || config.deps.privateKey === null) {
    return { ok: false, error: LIBRARY_NEEDS_KEY };
  }
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), config.policy.attemptTimeoutMs);
  try {
    return { ok: true, value: await call(timer.signal) };
  } catch (err) {
    const f = failureFrom(err, 'api', config.deps.now());
    // Only our timer aborts these calls, so an abort here means no answer in time.
    const failure: Failure = f.kind === 'aborted' ? { kind: 'timeout', source: 'api' } : f;
    return { ok: false, error: failureSentence(config, failure, action) };
  } finally {
    clearTimeout(timeout);
  }
}

/** The SDK client for management calls. */
export function client(config: ResolvedConfig) {
  const { deps } = config;
  return sdkClient({
    privateKey: deps.privateKey,
    apiUrl: deps.apiUrl,
    timeoutMs: deps.timeoutMs,
    fetch: deps.fetch,
  });
}

/** Files directly in a folder, newest first. Never throws. */
export function listFiles(
  config: ResolvedConfig,
  request: ListRequest,
): Promise<LibraryResult<LibraryFile[]>> {
  return once(config, 'list', async (signal) => {
    const searchQuery = nameSearch(request.search);
    const body: unknown = await client(config).assets.list(
      {
        path: request.folder,
        type: 'file',
        sort: 'DESC_CREATED',
        skip: request.skip,
        limit: request.limit,
        ...(searchQuery ? { searchQuery } : {}),
      },
      { headers: authHeaders(config.deps.privateKey), signal },
    );
    const files = filesFromList(body);
    if (typeof files === 'string') {
      throw new RequestFailure({ kind: 'bad-response', source: 'api', detail: files });
    }
    return files;
  });
}

/** Deletes one file (and its versions) on ImageKit. Never throws. */
export function deleteFile(config: ResolvedConfig, fileId: string): Promise<LibraryResult<void>> {
  return once(config, 'delete', async (signal) => {
    await client(config).files.delete(fileId, {
      headers: authHeaders(config.deps.privateKey),
      signal,
    });
  });
}

/** Sets a file's description on ImageKit (update file details); empty clears it. Never throws. */
export function updateDescription(
  config: ResolvedConfig,
  fileId: string,
  description: string,
): Promise<LibraryResult<void>> {
  return once(config, 'update', async (signal) => {
    await client(config).files.update(
      fileId,
      { description },
      { headers: authHeaders(config.deps.privateKey), signal },
    );
  });
}

/** The account's custom metadata fields (not the deleted ones). Never throws. */
export function listCustomFields(config: ResolvedConfig): Promise<LibraryResult<CustomField[]>> {
  return once(config, 'list', async (signal) => {
    const body: unknown = await client(config).customMetadataFields.list(
      {},
      { headers: authHeaders(config.deps.privateKey), signal },
    );
    const fields = fieldsFromList(body);
    if (typeof fields === 'string') {
      throw new RequestFailure({ kind: 'bad-response', source: 'api', detail: fields });
    }
    return fields;
  });
}
