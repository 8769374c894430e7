import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import type { AddResult, ConnectionResult, PickKind, UploaderApi } from '../../shared/contract';
import type { JobId, JobsUpdate } from '../../shared/jobs';
import type {
  HistoryExportRequest,
  HistoryExportResult,
  HistoryPage,
  HistoryQuery,
} from '../../shared/history';
import type { LibraryPage, LibraryQuery } from '../../shared/library';
import type { Settings, SettingsPatch, SettingsView } from '../../shared/settings';
import { isConnectionReady } from '../../shared/connection';
import { JobStore } from './job-store';
import { SERVICE_ERRORS } from './messages';
import { collectInputs, DEFAULT_MAX_INPUT_BYTES } from './paths';
import { Pipeline } from './pipeline';
import * as history from './history';
import * as library from './library';
import { createLibraryClient } from './imagekit/client';
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
} from './ports';
import { applySettingsPatch, settingsFromStored } from './settings';
import { isAllowedExternalUrl } from './links';

export interface ServiceOptions {
  readonly images: ImageProcessor;
  readonly settingsStore: SettingsStore;
  readonly secrets: SecretStore;
  readonly platform: Platform;
  readonly uploaderFactory: UploaderFactory;
  readonly processConcurrency?: number;
  readonly maxInputBytes?: number;
  readonly maxHeldBytes?: number;
  /** Gap between pushed job updates; 100 ms keeps the renderer at <= 10 messages a second. */
  readonly updateIntervalMs?: number;
  readonly log?: (line: string) => void;
  /** The upload history; without one, History is empty and nothing is recorded. */
  readonly history?: HistoryStore;
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

  constructor(private readonly opts: ServiceOptions) {
    this.settings = settingsFromStored(opts.settingsStore.load());
    this.maxInputBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
    this.store = new JobStore({ intervalMs: opts.updateIntervalMs ?? 100 });
    const log = opts.log ?? (() => {});
    this.pipeline = new Pipeline({
      store: this.store,
      images: opts.images,
      processConcurrency: opts.processConcurrency ?? Math.max(1, availableParallelism()),
      maxInputBytes: this.maxInputBytes,
      maxHeldBytes: opts.maxHeldBytes ?? 256 * 1024 * 1024,
      getSettings: () => this.settings,
      getUploader: () => this.currentUploader(),
      now: () => Date.now(),
      newId: () => randomUUID(),
      log,
    });
  }

  async addPaths(paths: readonly string[]): Promise<AddResult> {
    const { inputs } = await collectInputs(paths, { maxBytes: this.maxInputBytes });
    return this.pipeline.add(
      inputs.map((input) =>
        input.ok
          ? { ok: true, file: input.file }
          : {
              ok: false,
              file: { path: input.source, name: input.name, bytes: input.bytes },
              error: input.error,
            },
      ),
    );
  }

  async pick(kind: PickKind): Promise<AddResult> {
    const paths = await this.opts.platform.pickPaths(kind);
    if (paths.length === 0) return { added: [], duplicates: 0 };
    return this.addPaths(paths);
  }

  async getJobs(): Promise<JobsUpdate> {
    return this.store.snapshot();
  }

  async cancel(id: JobId): Promise<void> {
    this.pipeline.cancel(id);
  }

  async cancelAll(): Promise<void> {
    this.pipeline.cancelAll();
  }

  async retry(id: JobId): Promise<void> {
    this.pipeline.retry(id);
  }

  async retryFailed(): Promise<void> {
    this.pipeline.retryFailed();
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

  async getSettings(): Promise<SettingsView> {
    return this.view();
  }

  async updateSettings(patch: SettingsPatch): Promise<SettingsView> {
    this.settings = applySettingsPatch(this.settings, patch);
    this.opts.settingsStore.save(this.settings);
    this.uploader = null;
    this.pipeline.pump();
    return this.view();
  }

  async setPrivateKey(key: string | null): Promise<SettingsView> {
    this.opts.secrets.set(key);
    this.uploader = null;
    this.pipeline.pump();
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

  /** Stop everything and release the workers. */
  async close(): Promise<void> {
    this.pipeline.cancelAll();
    this.store.close();
    await this.opts.images.close();
  }

  private view(): SettingsView {
    return {
      ...this.settings,
      privateKey: {
        set: this.opts.secrets.get() !== null,
        protection: this.opts.secrets.protection(),
      },
    };
  }

  /** A client for the current settings; throws the sentence when the Library cannot work. */
  private libraryClient(): LibraryClient {
    const key = this.opts.secrets.get();
    const blocker = library.libraryBlocker(this.settings, key !== null);
    if (blocker) throw new library.LibraryError(blocker);
    return (this.opts.libraryFactory ?? createLibraryClient)(this.settings, key);
  }

  private currentUploader(): Uploader | null {
    const key = this.opts.secrets.get();
    if (!isConnectionReady(this.settings, key !== null)) return null;
    this.uploader ??= this.opts.uploaderFactory(this.settings, key);
    return this.uploader;
  }
}
