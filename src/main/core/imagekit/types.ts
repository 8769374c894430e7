/**
 * Public types of the ImageKit upload client. The service and the CLI build a `ClientConfig`
 * from settings and call `ImageKitClient`; nothing here imports Electron.
 */
import type { CustomValues } from '../../../shared/custom-metadata';
import type { Fixes } from '../../../shared/strings';
import type { UserError } from '../../../shared/errors';
import type { Variants } from '../../../shared/jobs';
import type { OutputFormat, VariantName } from '../../../shared/presets';

/** How uploads are authorised. The private key is held in main only. */
export type Credentials =
  | { readonly mode: 'private-key'; readonly privateKey: string; readonly publicKey?: string }
  | { readonly mode: 'auth-endpoint'; readonly authEndpoint: string; readonly publicKey: string };

/** How hard and how long to keep trying a variant. */
export interface RetryPolicy {
  /** Tries per variant, the first one included. */
  readonly attempts: number;
  /** Backoff cap for the first retry; it doubles per retry up to `maxDelayMs`. */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Time budget for one `uploadFile` call, both variants and every retry included. */
  readonly deadlineMs: number;
  /** One request (auth token fetch + upload + reading the answer). */
  readonly attemptTimeoutMs: number;
}

export interface ClientConfig {
  /** Full upload URL, e.g. IMAGEKIT_UPLOAD_URL or http://127.0.0.1:PORT/api/v1/files/upload. */
  readonly uploadUrl: string;
  /** Management API root, e.g. IMAGEKIT_API_URL; used by the connection test only. */
  readonly apiUrl: string;
  readonly credentials: Credentials;
  readonly retry?: Partial<RetryPolicy>;
  /** What failures tell the reader to do; the app's Settings words unless given (the CLI's). */
  readonly fixes?: Fixes;
  /** Replaces the global fetch (tests only, if ever needed). */
  readonly fetch?: typeof fetch;
  /** Source of randomness for jitter, 0 <= x < 1. */
  readonly random?: () => number;
  /** Wall clock in ms since the epoch. */
  readonly now?: () => number;
  /** Waits `ms`; must reject promptly when `signal` aborts. */
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export interface VariantUploadInput {
  readonly variant: VariantName;
  readonly data: Uint8Array;
  readonly format: OutputFormat;
}

export interface FileUploadInput {
  /** Base name of the source file, e.g. "Beach Day.JPG". */
  readonly sourceName: string;
  /** sha256 hex of the source bytes. */
  readonly sourceHash: string;
  /** The stored stem from the naming template; without it, `<slug>-<hash8>` as always. */
  readonly stem?: string;
  readonly variants: Variants<VariantUploadInput>;
  /** Destination folder on ImageKit, e.g. /products/2026. */
  readonly folder: string;
  readonly tags: readonly string[];
  /** The file's description on ImageKit (its alt text); empty sends none. */
  readonly description?: string;
  /** Values of the account's custom metadata fields. */
  readonly customMetadata?: CustomValues;
  /** Ask ImageKit's AI to draft the main variant's description (ai-auto-description). */
  readonly draftAlt?: boolean;
  /** Variants stored by an earlier run (e.g. before a crash); they are not sent again. */
  readonly alreadyUploaded?: Partial<Variants<UploadedRef>>;
}

/** A variant as ImageKit stored it. */
export interface UploadedRef {
  /** The description ImageKit's AI drafted, when it was asked to and it succeeded. */
  readonly drafted?: string;
  readonly fileId: string;
  readonly url: string;
  readonly filePath: string;
  readonly name: string;
  readonly bytes: number;
}

export type UploadProgress =
  | {
      readonly variant: VariantName;
      readonly state: 'sending';
      /** Bytes of the variant handed to the connection so far, out of `total`. */
      readonly sent: number;
      readonly total: number;
      readonly attempt: number;
    }
  | {
      readonly variant: VariantName;
      readonly state: 'retrying';
      /** The attempt that will start at `retryAt` (ms since the epoch). */
      readonly attempt: number;
      readonly retryAt: number;
      /** Why the previous attempt failed, as a sentence. */
      readonly reason: string;
    }
  | { readonly variant: VariantName; readonly state: 'done'; readonly ref: UploadedRef };

/**
 * What earlier calls for the same file already used of its retry policy. Time spent offline is
 * never in here, so a file that waited out an outage still has its whole budget.
 */
export interface UploadBudget {
  /** Deadline time used so far, in ms. */
  readonly elapsedMs: number;
  /** Tries made so far per variant. */
  readonly attempts: Partial<Variants<number>>;
}

/** Why a call stopped early because the server could not be reached at all. */
export interface OfflineStop {
  /** Origin that did not answer (the upload URL's, or the auth endpoint's). */
  readonly origin: string;
  /** What the network said, e.g. "connection refused". */
  readonly detail: string;
  /** The budget used before the connection was lost (the offline try is not in it). */
  readonly spent: UploadBudget;
}

export type FileUploadResult =
  | { readonly ok: true; readonly uploaded: Variants<UploadedRef> }
  | {
      readonly ok: false;
      readonly error: UserError;
      /** Whether a later Retry may help (transient trouble, cancel), or not (a rejected key). */
      readonly retryable: boolean;
      /** Variants that are stored for sure; pass them back as `alreadyUploaded` on a retry. */
      readonly uploaded: Partial<Variants<UploadedRef>>;
      /**
       * Set when the server could not be reached at all: call again once it can, passing
       * `offline.spent`. `error` then says the same for callers that do not wait.
       */
      readonly offline?: OfflineStop;
    };

export interface UploadOptions {
  readonly signal?: AbortSignal;
  /** Budget used by earlier calls for this file (after an offline wait); none when absent. */
  readonly spent?: UploadBudget;
  /**
   * Asked once main is on its way, when the thumbnail is still to send: a release function
   * lets the thumbnail go at the same time, as a second request (called when it has ended);
   * null, or no `secondSlot`, sends it after main.
   */
  secondSlot?(): Promise<(() => void) | null>;
  onProgress?(p: UploadProgress): void;
}
