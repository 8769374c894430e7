/**
 * The one API the renderer may call, and the events main pushes. Main implements it once
 * (core/service); the preload exposes it as `window.uploader`; the test harness bridges the same
 * service into Chromium. Every method is async and every argument is validated in main.
 */
import type { JobId, JobsUpdate } from './jobs';
import type { SettingsPatch, SettingsView } from './settings';
import type { UserError } from './errors';
import type {
  HistoryExportRequest,
  HistoryExportResult,
  HistoryPage,
  HistoryQuery,
} from './history';
import type { LibraryPage, LibraryQuery } from './library';

/** What adding paths did. Rejected paths still become failed rows, so nothing is silent. */
export interface AddResult {
  /** New jobs, including failed rows for paths that could not be used. */
  readonly added: readonly JobId[];
  /** Paths skipped because the same file is already in the list. */
  readonly duplicates: number;
}

/** The result of "Test connection". */
export type ConnectionResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly error: UserError };

/** What the user may pick with the native dialog. */
export type PickKind = 'files' | 'folder';

export interface UploaderApi {
  /** Validate and queue files or folders (folders are searched for images). */
  addPaths(paths: readonly string[]): Promise<AddResult>;
  /** Open the native picker and queue what the user chose. */
  pick(kind: PickKind): Promise<AddResult>;
  /** The whole job list now (used at start-up and after a missed update). */
  getJobs(): Promise<JobsUpdate>;
  /** Stop one job; finished work stays. */
  cancel(id: JobId): Promise<void>;
  /** Stop every job that is not finished. */
  cancelAll(): Promise<void>;
  /** Queue a failed or cancelled job again. */
  retry(id: JobId): Promise<void>;
  /** Queue every failed job that may succeed on a second try. */
  retryFailed(): Promise<void>;
  /** Start uploading jobs that are processed and waiting. */
  startUploads(): Promise<void>;
  /** A small preview of a processed file (a data: URL of its thumbnail), or null. */
  getPreview(id: JobId): Promise<string | null>;
  /** Remove finished, failed and cancelled rows from the list. */
  clearFinished(): Promise<void>;
  getSettings(): Promise<SettingsView>;
  updateSettings(patch: SettingsPatch): Promise<SettingsView>;
  /** Store the private key (OS-encrypted) or forget it with null. It is never read back. */
  setPrivateKey(key: string | null): Promise<SettingsView>;
  /** Check the credentials without uploading anything. */
  testConnection(): Promise<ConnectionResult>;
  /** Open an https link from the allowlist (ImageKit, the configured URL endpoint). */
  openExternal(url: string): Promise<void>;
  /** A page of the upload history, newest first, with the total and every folder. */
  queryHistory(query: HistoryQuery): Promise<HistoryPage>;
  /** Forget entries in the history; answers how many went. Never deletes anything on ImageKit. */
  removeFromHistory(ids: readonly number[]): Promise<number>;
  /** Save a selection, or everything matching a query, as a CSV or JSON manifest file. */
  exportHistory(request: HistoryExportRequest): Promise<HistoryExportResult>;
  /** A page of the files in the upload folder on ImageKit, newest first (needs the private key). */
  listLibrary(query: LibraryQuery): Promise<LibraryPage>;
  /** Delete one file on ImageKit for good, by its file id. */
  deleteLibraryFile(fileId: string): Promise<void>;
}

/** Events main pushes to the renderer. */
export interface UploaderEvents {
  jobs: JobsUpdate;
}

export type Unsubscribe = () => void;

/** What the preload exposes as `window.uploader`. */
export interface UploaderBridge extends UploaderApi {
  onJobs(listener: (update: UploaderEvents['jobs']) => void): Unsubscribe;
  /** The path of a file dropped on the window (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}

export type ApiMethod = keyof UploaderApi;

/** Every method name, checked against the interface so neither side can drift. */
export const API_METHODS = [
  'addPaths',
  'pick',
  'getJobs',
  'cancel',
  'cancelAll',
  'retry',
  'retryFailed',
  'startUploads',
  'getPreview',
  'clearFinished',
  'getSettings',
  'updateSettings',
  'setPrivateKey',
  'testConnection',
  'openExternal',
  'queryHistory',
  'removeFromHistory',
  'exportHistory',
  'listLibrary',
  'deleteLibraryFile',
] as const satisfies readonly ApiMethod[];

// Fails to compile if a method is added to UploaderApi but not to API_METHODS.
type MissingMethods = Exclude<ApiMethod, (typeof API_METHODS)[number]>;
const allMethodsListed: MissingMethods extends never ? true : MissingMethods = true;
void allMethodsListed;

/** IPC channel for a method; the prefix keeps our channels apart from any other. */
export function channelFor(method: ApiMethod): string {
  return `uploader:${method}`;
}

export const EVENT_CHANNELS: { readonly [K in keyof UploaderEvents]: string } = {
  jobs: 'uploader:event:jobs',
};
