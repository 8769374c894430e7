/**
 * The one API the renderer may call, and the events main pushes. Main implements it once
 * (core/service); the preload exposes it as `window.uploader`; the test harness bridges the same
 * service into Chromium. Every method is async and every argument is validated in main.
 */
import type { BatchDestination, JobId, JobsUpdate } from './jobs';
import type { KeyKeeping, SettingsPatch, SettingsView } from './settings';
import type { UserError } from './errors';
import type {
  HistoryEntry,
  HistoryExportRequest,
  HistoryExportResult,
  HistoryPage,
  HistoryQuery,
} from './history';
import type { LibraryPage, LibraryQuery } from './library';
import type { MenuCommand } from './menu';
import type { WatchFolderChange, WatchStatus } from './watch';
import type { AltText } from './alt';
import type { CustomFieldsView } from './custom-metadata';
import type { SidecarReport } from './sidecar';
import type { TeamCheckView } from './team-check';

/** What adding paths did. Rejected paths still become failed rows, so nothing is silent. */
export interface AddResult {
  /** New jobs, including failed rows for paths that could not be used. */
  readonly added: readonly JobId[];
  /** Paths skipped because the same file is already in the list. */
  readonly duplicates: number;
  /**
   * Set when nothing was added because a picked folder's metadata.csv has problems: the page
   * shows the report, and adds `paths` if the person goes on.
   */
  readonly sidecar?: { readonly report: SidecarReport; readonly paths: readonly string[] };
}

/** The result of "Test connection". */
export type ConnectionResult =
  | { readonly ok: true; readonly message: string }
  | { readonly ok: false; readonly error: UserError };

/** What the user may pick with the native dialog. */
export type PickKind = 'files' | 'folder';

export interface UploaderApi {
  /**
   * Validate and queue files or folders (folders are searched for images). Paths must be
   * absolute. `drop` is set by the preload, never by the page: it says every path came from
   * Electron's webUtils.getPathForFile for a drop, which lets Windows network paths through.
   * `destination` is this batch's folder and tags; without it, those in Settings.
   */
  addPaths(
    paths: readonly string[],
    from?: 'drop',
    destination?: BatchDestination,
  ): Promise<AddResult>;
  /**
   * Queue what the clipboard holds: copied image files, or image data (a screenshot), which main
   * writes once to a file in the user-data folder. Nothing added means the clipboard has no image.
   */
  pasteClipboard(): Promise<AddResult>;
  /**
   * Download http(s) links to images (pasted or dropped) once each, and queue them like files,
   * to `destination` if given. A link that cannot be downloaded becomes a failed row that says why.
   */
  addLinks(links: readonly string[], destination?: BatchDestination): Promise<AddResult>;
  /** Open the native picker and queue what the user chose, to `destination` if given. */
  pick(kind: PickKind, destination?: BatchDestination): Promise<AddResult>;
  /** The whole job list now (used at start-up and after a missed update). */
  getJobs(): Promise<JobsUpdate>;
  /** Stop one job; finished work stays. */
  cancel(id: JobId): Promise<void>;
  /** Stop every job that is not finished, and any folder search still running. */
  cancelAll(): Promise<void>;
  /** Start nothing new until `resumeAll`; uploads in flight go back to waiting, losing nothing. */
  pauseAll(): Promise<void>;
  /** Continue after `pauseAll`. */
  resumeAll(): Promise<void>;
  /** Queue a failed or cancelled job again. */
  retry(id: JobId): Promise<void>;
  /** Queue every failed job that may succeed on a second try. */
  retryFailed(): Promise<void>;
  /** Upload a file again that was skipped because the history already had it. */
  uploadAgain(id: JobId): Promise<void>;
  /** Start uploading jobs that are processed and waiting. */
  startUploads(): Promise<void>;
  /** A small preview of a processed file (a data: URL of its thumbnail), or null. */
  getPreview(id: JobId): Promise<string | null>;
  /** Remove finished, failed and cancelled rows from the list. */
  clearFinished(): Promise<void>;
  /** Remove these rows if they are finished (done, failed or cancelled); answers how many went. */
  removeJobs(ids: readonly JobId[]): Promise<number>;
  getSettings(): Promise<SettingsView>;
  updateSettings(patch: SettingsPatch): Promise<SettingsView>;
  /**
   * Store the private key (OS-encrypted; `session` keeps it in memory only, until the app quits)
   * or forget it with null. It is never read back, and it is bound to the upload and API
   * servers set at that moment: changing either to another server forgets it.
   */
  setPrivateKey(key: string | null, keeping?: KeyKeeping): Promise<SettingsView>;
  /** Check the credentials without uploading anything. */
  testConnection(): Promise<ConnectionResult>;
  /**
   * Start the local test server inside the app and upload to it (nothing leaves the computer),
   * or stop it and set the connection back to ImageKit's. It starts again with the app.
   */
  useTestServer(on: boolean): Promise<SettingsView>;
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
  /**
   * Open the native folder picker and watch the chosen folder, uploading to the Settings folder
   * and tags. Images already in it are offered once (see answerWatchOffer).
   */
  addWatchFolder(): Promise<SettingsView>;
  /** Change a watch folder's destination folder, tags, or whether it is on. */
  updateWatchFolder(path: string, change: WatchFolderChange): Promise<SettingsView>;
  /** Stop watching a folder and take it off the list. Nothing already added is touched. */
  removeWatchFolder(path: string): Promise<SettingsView>;
  /**
   * The answer to "N images were already in this folder": upload them (true) or leave them.
   * Answers how many rows were added.
   */
  answerWatchOffer(path: string, upload: boolean): Promise<number>;
  /**
   * Give rows alt text, or the decorative mark, or neither (null). A row not uploaded yet takes
   * it with its upload (as ImageKit's description); an uploaded one changes on ImageKit (needs
   * the private key) and in History. Answers how many rows changed.
   */
  setAltText(ids: readonly JobId[], alt: AltText | null): Promise<number>;
  /** Change an upload's alt text on ImageKit (update file details) and in History. */
  setHistoryAlt(id: number, alt: AltText | null): Promise<HistoryEntry>;
  /**
   * The custom metadata fields the ImageKit account defines (read with the private key, once
   * per connection), or why they cannot be read.
   */
  listCustomFields(): Promise<CustomFieldsView>;
  /**
   * What a metadata.csv in one of these folders says about their files (rows without a file,
   * files without a row, values a field refuses, rows listed twice), before anything is added;
   * null when there is none. `addPaths` then applies it. The paths meet the page's rules (a
   * network path is not read here; a drop of one still applies its sidecar when added).
   */
  checkSidecar(
    paths: readonly string[],
    destination?: BatchDestination,
  ): Promise<SidecarReport | null>;
  /**
   * Where the team duplicate check stands for this connection (read once per connection):
   * set up, not yet, or this computer's history only (signed uploads cannot search).
   */
  getTeamCheck(): Promise<TeamCheckView>;
  /** Create the team check's custom metadata field unless the account has it already. */
  setUpTeamCheck(): Promise<TeamCheckView>;
}

/** Events main pushes to the renderer. */
export interface UploaderEvents {
  jobs: JobsUpdate;
  /** A choice in the application menu, for the page to carry out. */
  menu: MenuCommand;
  /** Where each watch folder stands, whenever that changes (files added, an offer answered). */
  watch: readonly WatchStatus[];
}

/** What the preload exposes as `window.uploader`. */
export interface UploaderBridge extends UploaderApi {
  /** Returns the function that stops listening. */
  onJobs(listener: (update: UploaderEvents['jobs']) => void): () => void;
  /** Returns the function that stops listening. */
  onMenu(listener: (command: UploaderEvents['menu']) => void): () => void;
  /** Returns the function that stops listening. */
  onWatch(listener: (status: UploaderEvents['watch']) => void): () => void;
  /** The path of a file dropped on the window (Electron's webUtils.getPathForFile). */
  pathForFile(file: File): string;
}

export type ApiMethod = keyof UploaderApi;

/** Every method name, checked against the interface so neither side can drift. */
export const API_METHODS = [
  'addPaths',
  'pasteClipboard',
  'addLinks',
  'pick',
  'getJobs',
  'cancel',
  'cancelAll',
  'pauseAll',
  'resumeAll',
  'retry',
  'retryFailed',
  'uploadAgain',
  'startUploads',
  'getPreview',
  'clearFinished',
  'removeJobs',
  'getSettings',
  'updateSettings',
  'setPrivateKey',
  'testConnection',
  'useTestServer',
  'openExternal',
  'queryHistory',
  'removeFromHistory',
  'exportHistory',
  'listLibrary',
  'deleteLibraryFile',
  'addWatchFolder',
  'updateWatchFolder',
  'removeWatchFolder',
  'answerWatchOffer',
  'setAltText',
  'setHistoryAlt',
  'listCustomFields',
  'checkSidecar',
  'getTeamCheck',
  'setUpTeamCheck',
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
  menu: 'uploader:event:menu',
  watch: 'uploader:event:watch',
};
