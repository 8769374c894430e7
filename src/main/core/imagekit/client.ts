/** The upload client the service and the CLI use: both variants of a file, or a clear reason. */
import type { ConnectionResult } from '../../../shared/contract';
import type { Variants } from '../../../shared/jobs';
import { VARIANT_NAMES } from '../../../shared/presets';
import type { Settings } from '../../../shared/settings';
import type { ResolvedConfig } from './config';
import { internalError } from '../common/errors';
import { configFromSettings, resolveConfig } from './config';
import { testConnection } from './connection-test';
import type { LibraryResult, ListRequest } from './library';
import { deleteFile, listCustomFields, listFiles, updateDescription } from './library';
import type { CustomField } from '../../../shared/custom-metadata';
import type { LibraryFile } from '../../../shared/library';
import { uploadVariants } from './file-upload';
import { createTeamField, findBySha256, type TeamFile } from './team-search';
import type {
  ClientConfig,
  FileUploadInput,
  FileUploadResult,
  UploadOptions,
  UploadProgress,
  UploadedRef,
} from './types';

/**
 * Uploads files to ImageKit (or a server that speaks its upload API).
 *
 * "No half state": a variant is reported uploaded (with its ref, in `uploaded` and a 'done'
 * event) only after ImageKit confirmed it. A variant cut off by cancel, a timeout or a lost
 * answer may or may not be stored, but under the same deterministic name; uploading it again
 * replaces it with identical bytes, so a later Retry always converges on one copy.
 */
export class ImageKitClient {
  private readonly resolved: ResolvedConfig | string;

  constructor(config: ClientConfig) {
    this.resolved = resolveConfig(config);
  }

  /**
   * Uploads the variants not yet stored: main first, then the thumbnail, or both at once when
   * `opts.secondSlot` grants a second request. Never throws.
   */
  async uploadFile(input: FileUploadInput, opts: UploadOptions = {}): Promise<FileUploadResult> {
    const emit = (p: UploadProgress): void => {
      try {
        opts.onProgress?.(p);
      } catch {
        // A broken listener must not turn a good upload into a failed one.
      }
    };
    const uploaded: Partial<Record<keyof Variants<UploadedRef>, UploadedRef>> = {
      ...input.alreadyUploaded,
    };
    for (const variant of VARIANT_NAMES) {
      const ref = uploaded[variant];
      if (ref) emit({ variant, state: 'done', ref });
    }
    const config = this.resolved;
    if (typeof config === 'string') {
      return {
        ok: false,
        error: { code: 'not-configured', message: config },
        retryable: false,
        uploaded,
      };
    }
    try {
      const failure = await uploadVariants(config, input, opts, uploaded, emit);
      if (failure) return failure;
    } catch {
      // Only a bug gets here (every expected failure is a result); its text may hold anything.
      return {
        ok: false,
        error: internalError(`uploading ${input.sourceName}`),
        retryable: false,
        uploaded,
      };
    }
    const { main, thumb } = uploaded;
    if (!main || !thumb) throw new Error('unreachable: a variant was neither uploaded nor failed');
    return { ok: true, uploaded: { main, thumb } };
  }

  /** Checks the credentials without uploading anything. Never throws. */
  async testConnection(signal?: AbortSignal): Promise<ConnectionResult> {
    const config = this.resolved;
    if (typeof config === 'string') {
      return { ok: false, error: { code: 'not-configured', message: config } };
    }
    return testConnection(config, signal);
  }

  /** Files directly in a folder, newest first, through the list API. Never throws. */
  async listFiles(request: ListRequest): Promise<LibraryResult<LibraryFile[]>> {
    const config = this.resolved;
    if (typeof config === 'string') {
      return { ok: false, error: { code: 'not-configured', message: config } };
    }
    return listFiles(config, request);
  }

  /** Deletes one file on ImageKit through the delete API. Never throws. */
  async deleteFile(fileId: string): Promise<LibraryResult<void>> {
    const config = this.resolved;
    if (typeof config === 'string') {
      return { ok: false, error: { code: 'not-configured', message: config } };
    }
    return deleteFile(config, fileId);
  }

  /** The account's custom metadata fields. Never throws. */
  async listCustomFields(): Promise<LibraryResult<CustomField[]>> {
    const config = this.resolved;
    if (typeof config === 'string') {
      return { ok: false, error: { code: 'not-configured', message: config } };
    }
    return listCustomFields(config);
  }

  /** Creates the team duplicate check's SHA-256 field. Never throws. */
  createTeamField(): Promise<LibraryResult<void>> {
    return this.managed((config) => createTeamField(config));
  }

  /** Files in `folder` recorded with one of `hashes`, in one search. Never throws. */
  findBySha256(folder: string, hashes: readonly string[]): Promise<LibraryResult<TeamFile[]>> {
    return this.managed((config) => findBySha256(config, folder, hashes));
  }

  /** A management call, or the sentence that says the connection is not set up. */
  private async managed<T>(
    call: (config: ResolvedConfig) => Promise<LibraryResult<T>>,
  ): Promise<LibraryResult<T>> {
    const config = this.resolved;
    if (typeof config === 'string') {
      return { ok: false, error: { code: 'not-configured', message: config } };
    }
    return call(config);
  }

  /** Sets a file's description (its alt text) through update file details. Never throws. */
  async updateDescription(fileId: string, description: string): Promise<LibraryResult<void>> {
    const config = this.resolved;
    if (typeof config === 'string') {
      return { ok: false, error: { code: 'not-configured', message: config } };
    }
    return updateDescription(config, fileId, description);
  }
}

/** A Library client for the app's settings and stored key (the service's LibraryFactory). */
export function createLibraryClient(settings: Settings, privateKey: string | null): ImageKitClient {
  return new ImageKitClient(configFromSettings(settings.connection, privateKey));
}

/** An upload client for the app's settings and stored key (the service's UploaderFactory). */
export function createUploader(settings: Settings, privateKey: string | null): ImageKitClient {
  return new ImageKitClient(configFromSettings(settings.connection, privateKey));
}
