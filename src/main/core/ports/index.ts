/**
 * What the service needs from the outside world. Core implements the image and upload parts;
 * the Electron edge (or the CLI, or the test harness) supplies storage, dialogs and the shell.
 */
import type { AltText } from '../../../shared/alt';
import type { CustomField, CustomValues } from '../../../shared/custom-metadata';
import type { ConnectionResult, PickKind } from '../../../shared/contract';
import type {
  HistoryEntry,
  HistoryPage,
  HistoryQuery,
  HistoryVariant,
} from '../../../shared/history';
import type { SourceImage } from '../../../shared/jobs';
import type { Presets } from '../../../shared/presets';
import type { SecretProtection, Settings } from '../../../shared/settings';
import type { ProcessResult } from '../images/types';
import type { FileUploadInput, FileUploadResult, UploadOptions } from '../imagekit/types';
import type { LibraryResult, ListRequest } from '../imagekit/library';
import type { TeamFile } from '../imagekit/team-search';
import type { LibraryFile } from '../../../shared/library';

/** Makes both variants of one file (in a worker process); never rejects. */
export interface ImageProcessor {
  run(
    req: { readonly path: string; readonly presets: Presets; readonly maxInputBytes: number },
    opts?: {
      signal?: AbortSignal;
      onImage?(image: SourceImage): void;
      /** The file's SHA-256 as soon as it is known, before the variants are made. */
      onHash?(sha256: string): void;
    },
  ): Promise<ProcessResult>;
  close(): Promise<void>;
}

/** Sends a file's variants to ImageKit (or a compatible server); never rejects. */
export interface Uploader {
  uploadFile(input: FileUploadInput, opts?: UploadOptions): Promise<FileUploadResult>;
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
  /** Ask where to save a file and write it there; the chosen path, or null when cancelled. */
  saveFile(suggestedName: string, contents: string): Promise<string | null>;
  /**
   * Write the clipboard's image (PNG) once to a file in the user-data folder and give its path;
   * null when the clipboard holds no image data. Absent where there is no clipboard (the CLI).
   */
  readClipboardImage?(): Promise<string | null>;
  /** Paths of files copied in a file manager, where the platform's clipboard offers them. */
  readClipboardFiles?(): Promise<readonly string[]>;
}

/** A platform without windows (the CLI): nothing to pick, nowhere to open, every save cancelled. */
export const HEADLESS_PLATFORM: Platform = {
  pickPaths: async () => [],
  openExternal: async () => {},
  saveFile: async () => null,
};

/** The upload history (the state database in the app and the CLI). */
export interface HistoryStore {
  record(entry: Omit<HistoryEntry, 'id'>): HistoryEntry;
  findDuplicate(key: {
    readonly sha256: string;
    readonly presetsHash: string;
    readonly origin: string;
    readonly folder: string;
  }): HistoryEntry | null;
  /** The newest upload stored at `filePath` (e.g. /shoot/a.webp) in that folder and origin. */
  findStoredAt(key: {
    readonly origin: string;
    readonly folder: string;
    readonly filePath: string;
  }): HistoryEntry | null;
  query(query: HistoryQuery): HistoryPage;
  get(ids: readonly number[]): HistoryEntry[];
  remove(ids: readonly number[]): number;
  /** Sets or clears (null) the alt text of one entry; answers the entry, or null if gone. */
  setAlt(id: number, alt: AltText | null): HistoryEntry | null;
  /** True when `findDuplicate` never answers (the CLI's --force): nothing is ever reused. */
  readonly reusesNothing?: boolean;
}

/** The Library's side of ImageKit: list a folder and delete a file; never rejects. */
export interface LibraryClient {
  listFiles(request: ListRequest): Promise<LibraryResult<LibraryFile[]>>;
  deleteFile(fileId: string): Promise<LibraryResult<void>>;
  /** Sets a file's description on ImageKit (its alt text); empty clears it. */
  updateDescription(fileId: string, description: string): Promise<LibraryResult<void>>;
  /** The account's custom metadata fields. */
  listCustomFields(): Promise<LibraryResult<CustomField[]>>;
  /** Creates the team duplicate check's SHA-256 custom metadata field. */
  createTeamField(): Promise<LibraryResult<void>>;
  /** Files in `folder` recorded with one of `hashes` (one search request). */
  findBySha256(folder: string, hashes: readonly string[]): Promise<LibraryResult<TeamFile[]>>;
}

/** A picture the destination folder on ImageKit already holds, found by its source's hash. */
export interface TeamMatch {
  /** When it was uploaded (ms since the epoch), from whichever computer. */
  readonly uploadedAt: number;
  readonly main: HistoryVariant;
  readonly thumb: HistoryVariant;
}

/** The team duplicate check, as the pipeline uses it; never rejects. */
export interface TeamLookup {
  /** The upload of this content in `folder` on ImageKit, or null (none, or no team check). */
  find(sha256: string, folder: string): Promise<TeamMatch | null>;
  /** What an upload of this content adds to its custom metadata (nothing without the field). */
  uploadMetadata(sha256: string): Promise<CustomValues>;
  /** Nothing else is being processed now: ask about the files collected so far. */
  flush(): void;
  /**
   * A file is being processed: if it will upload (`willUpload`, asked only while the answer is
   * not known yet), learn now whether the account has the field (once per connection), so its
   * upload does not wait a round trip for that answer. A batch the history skips whole never asks.
   */
  prepare(willUpload: () => boolean): void;
}

/** Builds a Library client for the current connection settings and key. */
export type LibraryFactory = (settings: Settings, privateKey: string | null) => LibraryClient;

/** The local test server (the emulator, inside the app), for trying it without an account. */
export type { RunningTestServer, TestServerHost } from '../../../shared/test-server';
