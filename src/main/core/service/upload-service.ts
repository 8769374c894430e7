import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { posix, win32 } from 'node:path';
import type { AddResult, ConnectionResult, PickKind, UploaderApi } from '../../../shared/contract';
import type { BatchDestination, JobId, JobsUpdate } from '../../../shared/jobs';
import type { KeyKeeping, Settings, SettingsPatch, SettingsView } from '../../../shared/settings';
import { MAX_RECENT_FOLDERS } from '../../../shared/settings';
import type {
  HistoryExportRequest,
  HistoryExportResult,
  HistoryPage,
  HistoryQuery,
} from '../../../shared/history';
import type { LibraryPage, LibraryQuery } from '../../../shared/library';
import { isConnectionReady } from '../../../shared/connection';
import { PICGO_BATCH_NAME } from '../../../shared/integrations';
import { MAX_HELD_BYTES } from '../../../shared/limits';
import { JobStore } from '../jobs/job-store';
import { SERVICE_ERRORS } from '../common/errors';
import {
  collectInputs,
  DEFAULT_MAX_FILES,
  DEFAULT_MAX_INPUT_BYTES,
  type CollectedInput,
} from '../paths/collect';
import { givenPathProblem, type PathSource } from '../paths/policy';
import { Pipeline, type PipelineInput } from '../jobs/pipeline';
import * as history from '../history/history-queries';
import * as library from '../library/browse';
import { createLibraryClient } from '../imagekit/client';
import type {
  HistoryStore,
  ImageProcessor,
  LibraryClient,
  LibraryFactory,
  Platform,
  SecretStore,
  SettingsStore,
  Uploader,
  UploaderFactory,
} from '../ports';
import { applySettingsPatch, settingsFromStored } from '../settings/settings-rules';
import { isAllowedExternalUrl } from '../shell/links';
import { KeyKeeper, keyOrigins } from '../settings/key-keeper';
import type { Journal } from '../persistence/journal';
import { restoreRows } from '../jobs/restore';
import { tcpProbe, type ReachabilityProbe } from '../connection/probe';
import { PicgoServerController } from '../integrations/controller';
import { uploadForRequest } from '../integrations/upload';

export interface ServiceOptions {
  readonly images: ImageProcessor;
  readonly settingsStore: SettingsStore;
  readonly secrets: SecretStore;
  readonly platform: Platform;
  readonly uploaderFactory: UploaderFactory;
  readonly processConcurrency?: number;
  readonly maxInputBytes?: number;
  readonly maxHeldBytes?: number;
  /** Rows one addPaths call may add (folders included); the rest get one row saying so. */
  readonly maxFilesPerCall?: number;
  /** Whose path rules apply; the machine's own unless a test says otherwise. */
  readonly platformName?: NodeJS.Platform;
  /** Gap between pushed job updates; 100 ms keeps the renderer at <= 10 messages a second. */
  readonly updateIntervalMs?: number;
  /** Checks whether an unreachable upload server answers again (default: a TCP connect). */
  readonly probe?: ReachabilityProbe;
  /** Probe pacing while offline (default: 0.5 s, backing off to 5 s). */
  readonly probeDelays?: { readonly firstMs: number; readonly maxMs: number };
  readonly log?: (line: string) => void;
  /** The upload history: files already uploaded are skipped, every upload is recorded. */
  readonly history?: HistoryStore;
  /** The journal of this list: every change is written, and the list comes back on start. */
  readonly journal?: Journal;
  /** ImageKit's list and delete APIs for the Library; the real client when absent. */
  readonly libraryFactory?: LibraryFactory;
}

/**
 * The one implementation of the renderer's API. Plain Node: the desktop app, the CLI and the
 * browser test harness all run this same class.
 */
export class UploadService implements UploaderApi {
  private readonly store: JobStore;
  private readonly pipeline: Pipeline;
  private settings: Settings;
  private uploader: Uploader | null = null;
  private readonly maxInputBytes: number;
  private readonly keys: KeyKeeper;
  private readonly walks = new Set<AbortController>();
  private readonly maxFilesPerCall: number;
  private readonly platformName: NodeJS.Platform;
  private readonly picgo: PicgoServerController;
  /** Whether the restored list had been paused by the user when it was journaled. */
  readonly restoredPaused: boolean = false;

  constructor(private readonly opts: ServiceOptions) {
    this.settings = settingsFromStored(opts.settingsStore.load());
    this.keys = new KeyKeeper(opts.secrets);
    // Settings may have been edited on disk while the app was closed: check the key's servers now.
    this.keys.keyFor(keyOrigins(this.settings.connection));
    this.maxInputBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
    this.maxFilesPerCall = opts.maxFilesPerCall ?? DEFAULT_MAX_FILES;
    this.platformName = opts.platformName ?? process.platform;
    this.store = new JobStore({
      intervalMs: opts.updateIntervalMs ?? 100,
      ...(opts.journal ? { observer: opts.journal } : {}),
    });
    const log = opts.log ?? (() => {});
    const readClipboard = opts.platform.readClipboardImage?.bind(opts.platform) ?? null;
    this.picgo = new PicgoServerController(
      (request) => uploadForRequest(this, request, readClipboard),
      log,
    );
    this.pipeline = new Pipeline({
      store: this.store,
      images: opts.images,
      processConcurrency: opts.processConcurrency ?? Math.max(1, availableParallelism()),
      maxInputBytes: this.maxInputBytes,
      maxHeldBytes: opts.maxHeldBytes ?? MAX_HELD_BYTES,
      getSettings: () => this.settings,
      getUploader: () => this.currentUploader(),
      probe: opts.probe ?? tcpProbe(),
      probeDelays: opts.probeDelays,
      now: () => Date.now(),
      newId: () => randomUUID(),
      log,
      ...(opts.journal ? { journal: opts.journal } : {}),
      ...(opts.history ? { history: opts.history } : {}),
    });
    if (opts.journal) {
      const { rows, paused } = opts.journal.load();
      this.restoredPaused = paused;
      // A batch the user had paused stays paused: its rows come back, but nothing starts.
      if (paused) this.pipeline.pauseAll();
      this.pipeline.restore(restoreRows(rows));
    }
  }

  async addPaths(
    paths: readonly string[],
    from?: 'drop',
    destination?: BatchDestination,
  ): Promise<AddResult> {
    return this.addFrom(paths, from === 'drop' ? 'drop' : 'renderer', destination);
  }

  /** Paths the person chose outside the page: on the command line (made absolute first). */
  async addChosenPaths(paths: readonly string[]): Promise<AddResult> {
    return this.addFrom(paths, 'chosen');
  }

  /**
   * Files a local integration (the PicGo-compatible server) asked for: they upload as soon as
   * they are processed, even when automatic upload is off, because the caller waits for links.
   */
  async addForIntegration(paths: readonly string[]): Promise<AddResult> {
    // Another program sent these: the same rules as paths from the page (no network paths).
    const result = await this.addFrom(paths, 'renderer', undefined, PICGO_BATCH_NAME);
    this.pipeline.approve(result.added);
    return result;
  }

  /** Whether uploads can start now (the connection is set up). */
  connectionReady(): boolean {
    return this.currentUploader() !== null;
  }

  /** Start what the saved settings turn on (the local upload server); call once at start-up. */
  async startIntegrations(): Promise<void> {
    await this.picgo.apply(this.settings.integrations.picgo);
  }

  async pasteClipboard(): Promise<AddResult> {
    // Copied files first: a file manager may also put the file's icon on the clipboard as an image.
    const files = (await this.opts.platform.readClipboardFiles?.()) ?? [];
    if (files.length > 0) return this.addFrom(files, 'chosen');
    const image = (await this.opts.platform.readClipboardImage?.()) ?? null;
    if (image === null) return { added: [], duplicates: 0 };
    return this.addFrom([image], 'chosen');
  }

  async pick(kind: PickKind, destination?: BatchDestination): Promise<AddResult> {
    const paths = await this.opts.platform.pickPaths(kind);
    if (paths.length === 0) return { added: [], duplicates: 0 };
    // Main got these from the OS dialog itself, so network paths the user chose are fine.
    return this.addFrom(paths, 'chosen', destination);
  }

  async getJobs(): Promise<JobsUpdate> {
    return this.store.snapshot();
  }

  async cancel(id: JobId): Promise<void> {
    this.pipeline.cancel(id);
  }

  async cancelAll(): Promise<void> {
    // Folder walks still running stop too; what they found so far is not added.
    for (const walk of this.walks) walk.abort();
    this.pipeline.cancelAll();
  }

  async pauseAll(): Promise<void> {
    this.pipeline.pauseAll();
    this.rememberPaused(true);
  }

  async resumeAll(): Promise<void> {
    this.pipeline.resumeAll();
    this.rememberPaused(false);
  }

  /** Whether the user paused the batch (for the journal to keep across restarts). */
  get paused(): boolean {
    return this.pipeline.paused;
  }

  async retry(id: JobId): Promise<void> {
    this.pipeline.retry(id);
  }

  async retryFailed(): Promise<void> {
    this.pipeline.retryFailed();
  }

  async uploadAgain(id: JobId): Promise<void> {
    this.pipeline.uploadAgain(id);
  }

  async startUploads(): Promise<void> {
    this.pipeline.startUploads();
  }

  async getPreview(id: JobId): Promise<string | null> {
    const preview = this.pipeline.preview(id);
    if (!preview) return null;
    return `data:image/${preview.format};base64,${Buffer.from(preview.data).toString('base64')}`;
  }

  async clearFinished(): Promise<void> {
    this.pipeline.clearFinished();
  }

  async removeJobs(ids: readonly JobId[]): Promise<number> {
    // A repeated id would otherwise count once per mention.
    return this.pipeline.clearFinished([...new Set(ids)]);
  }

  async getSettings(): Promise<SettingsView> {
    // At start-up the server may still be opening its port: report where it ended up.
    await this.picgo.settled();
    return this.view();
  }

  async updateSettings(patch: SettingsPatch): Promise<SettingsView> {
    this.settings = applySettingsPatch(this.settings, patch);
    this.opts.settingsStore.save(this.settings);
    // New servers: the key is forgotten here unless it was saved for them.
    this.keys.keyFor(keyOrigins(this.settings.connection));
    this.uploader = null;
    this.pipeline.connectionChanged();
    await this.picgo.apply(this.settings.integrations.picgo);
    return this.view();
  }

  async setPrivateKey(key: string | null, keeping: KeyKeeping = 'saved'): Promise<SettingsView> {
    this.keys.set(key, keyOrigins(this.settings.connection), keeping);
    this.uploader = null;
    this.pipeline.connectionChanged();
    return this.view();
  }

  async testConnection(): Promise<ConnectionResult> {
    const uploader = this.currentUploader();
    if (!uploader) return { ok: false, error: SERVICE_ERRORS.notConfigured };
    return uploader.testConnection();
  }

  async openExternal(url: string): Promise<void> {
    if (!isAllowedExternalUrl(url, this.settings.connection.urlEndpoint)) return;
    await this.opts.platform.openExternal(url);
  }

  /** Remember (in the journal) whether the user paused, so the next start stays paused. */
  rememberPaused(paused: boolean): void {
    this.opts.journal?.setPaused(paused);
  }

  async queryHistory(query: HistoryQuery): Promise<HistoryPage> {
    return history.queryHistory(this.opts.history, query);
  }

  async removeFromHistory(ids: readonly number[]): Promise<number> {
    return history.removeFromHistory(this.opts.history, ids);
  }

  async exportHistory(request: HistoryExportRequest): Promise<HistoryExportResult> {
    return history.exportHistory(this.opts.history, this.opts.platform, request, Date.now());
  }

  async listLibrary(query: LibraryQuery): Promise<LibraryPage> {
    return library.listLibrary(this.libraryClient(), this.settings.upload.folder, query);
  }

  async deleteLibraryFile(fileId: string): Promise<void> {
    return library.deleteLibraryFile(this.libraryClient(), fileId);
  }

  /** Listen for batched job updates. */
  onJobs(listener: (update: JobsUpdate) => void): () => void {
    return this.store.subscribe(listener);
  }

  /** Resolves when nothing is left to do (used by the CLI and tests). */
  async idle(): Promise<void> {
    await this.pipeline.idle();
    this.store.flush();
  }

  /**
   * Stop everything and release the workers. Jobs keep the state they had (nothing is marked
   * stopped), so what was unfinished can continue in a later session.
   */
  async close(): Promise<void> {
    await this.picgo.close();
    this.pipeline.stop();
    // The journal keeps the list as it is now: what was stopped continues next time.
    this.opts.journal?.stop();
    this.store.close();
    await this.opts.images.close();
  }

  private async addFrom(
    paths: readonly string[],
    source: PathSource,
    destination?: BatchDestination,
    batch?: string,
  ): Promise<AddResult> {
    if (destination) this.rememberFolder(destination.folder);
    const allowed: string[] = [];
    const refused: PipelineInput[] = [];
    const { basename } = this.platformName === 'win32' ? win32 : posix;
    for (const path of paths) {
      const problem = givenPathProblem(path, source, this.platformName);
      if (problem === null) allowed.push(path);
      else
        refused.push({
          ok: false,
          file: { path, name: basename(path), bytes: null },
          error: problem,
        });
    }
    const walk = new AbortController();
    this.walks.add(walk);
    let inputs: CollectedInput[];
    try {
      ({ inputs } = await collectInputs(allowed, {
        maxBytes: this.maxInputBytes,
        maxFiles: this.maxFilesPerCall,
        signal: walk.signal,
      }));
    } catch (err) {
      if (walk.signal.aborted) return { added: [], duplicates: 0 };
      throw err;
    } finally {
      this.walks.delete(walk);
    }
    return this.pipeline.add(
      [
        ...refused,
        ...inputs.map((input): PipelineInput =>
          input.ok
            ? { ok: true, file: input.file }
            : {
                ok: false,
                file: { path: input.source, name: input.name, bytes: input.bytes },
                error: input.error,
              },
        ),
      ],
      destination,
      batch,
    );
  }

  /** Keeps the folder at the top of the recent list the chooser offers. */
  private rememberFolder(folder: string): void {
    const recent = [folder, ...this.settings.upload.recentFolders.filter((f) => f !== folder)];
    // Not updateSettings: nothing about the connection changed, so uploads go on undisturbed.
    this.settings = applySettingsPatch(this.settings, {
      upload: { recentFolders: recent.slice(0, MAX_RECENT_FOLDERS) },
    });
    this.opts.settingsStore.save(this.settings);
  }

  private view(): SettingsView {
    return {
      ...this.settings,
      privateKey: this.keys.status(this.opts.secrets.protection()),
      picgoServer: this.picgo.status(),
    };
  }

  /** A client for the current settings; throws the sentence when the Library cannot work. */
  private libraryClient(): LibraryClient {
    // The key goes only to the servers it was saved for, as for uploads.
    const key = this.keys.keyFor(keyOrigins(this.settings.connection));
    const blocker = library.libraryBlocker(this.settings, key !== null);
    if (blocker) throw new library.LibraryError(blocker);
    return (this.opts.libraryFactory ?? createLibraryClient)(this.settings, key);
  }

  private currentUploader(): Uploader | null {
    const key = this.keys.keyFor(keyOrigins(this.settings.connection));
    if (!isConnectionReady(this.settings, key !== null)) return null;
    this.uploader ??= this.opts.uploaderFactory(this.settings, key);
    return this.uploader;
  }
}
