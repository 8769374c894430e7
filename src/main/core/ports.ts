/**
 * What the service needs from the outside world. Core implements the image and upload parts;
 * the Electron edge (or the CLI, or the test harness) supplies storage, dialogs and the shell.
 */
import type { ConnectionResult, PickKind } from '../../shared/contract';
import type { UserError } from '../../shared/errors';
import type { SourceImage, Variants } from '../../shared/jobs';
import type { ProcessResult } from './images/types';
import type { OutputFormat, Presets, VariantName } from '../../shared/presets';
import type { SecretProtection, Settings } from '../../shared/settings';

export type { EncodedVariant, ReadStats as ProcessStats } from './images/types';
/** What processing one file gives: both variants and the source hash, or a sentence. */
export type ProcessOutcome = ProcessResult;

/** Makes both variants of one file (in a worker process). */
export interface ImageProcessor {
  run(
    req: { readonly path: string; readonly presets: Presets; readonly maxInputBytes: number },
    opts?: { signal?: AbortSignal; onImage?(image: SourceImage): void },
  ): Promise<ProcessOutcome>;
  close(): Promise<void>;
}

export interface UploadedRefLike {
  readonly fileId: string;
  readonly url: string;
  readonly filePath: string;
  readonly name: string;
  readonly bytes: number;
}

export type UploadProgressLike =
  | {
      readonly variant: VariantName;
      readonly state: 'sending';
      readonly sent: number;
      readonly total: number;
      readonly attempt: number;
    }
  | {
      readonly variant: VariantName;
      readonly state: 'retrying';
      readonly attempt: number;
      readonly retryAt: number;
      readonly reason: string;
    }
  | { readonly variant: VariantName; readonly state: 'done'; readonly ref: UploadedRefLike };

export interface FileUploadRequest {
  readonly sourceName: string;
  readonly sourceHash: string;
  readonly variants: Variants<{
    readonly variant: VariantName;
    readonly data: Uint8Array;
    readonly format: OutputFormat;
  }>;
  readonly folder: string;
  readonly tags: readonly string[];
  readonly alreadyUploaded?: Partial<Variants<UploadedRefLike>>;
}

export type FileUploadOutcome =
  | { readonly ok: true; readonly uploaded: Variants<UploadedRefLike> }
  | {
      readonly ok: false;
      readonly error: UserError;
      readonly retryable: boolean;
      readonly uploaded: Partial<Variants<UploadedRefLike>>;
    };

/** Sends a file's variants to ImageKit (or a compatible server). */
export interface Uploader {
  uploadFile(
    input: FileUploadRequest,
    opts?: { signal?: AbortSignal; onProgress?(p: UploadProgressLike): void },
  ): Promise<FileUploadOutcome>;
  testConnection(signal?: AbortSignal): Promise<ConnectionResult>;
}

/** Builds an uploader for the current connection settings and key. */
export type UploaderFactory = (settings: Settings, privateKey: string | null) => Uploader;

/** Where settings live (electron-store in the app, memory or a file elsewhere). */
export interface SettingsStore {
  load(): unknown;
  save(settings: Settings): void;
}

/** Where the private key lives (safeStorage in the app). */
export interface SecretStore {
  get(): string | null;
  set(value: string | null): void;
  protection(): SecretProtection;
}

/** Things only the desktop shell can do. */
export interface Platform {
  pickPaths(kind: PickKind): Promise<readonly string[]>;
  openExternal(url: string): Promise<void>;
}
