import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { posix, win32 } from 'node:path';
import type { AddResult, ConnectionResult, PickKind, UploaderApi } from '../../shared/contract';
import type { JobId, JobsUpdate } from '../../shared/jobs';
import type { KeyKeeping, Settings, SettingsPatch, SettingsView } from '../../shared/settings';
import { isConnectionReady } from '../../shared/connection';
import { JobStore } from './job-store';
import { SERVICE_ERRORS } from './messages';
import {
  collectInputs,
  DEFAULT_MAX_FILES,
  DEFAULT_MAX_INPUT_BYTES,
  type CollectedInput,
} from './paths';
import { givenPathProblem, type PathSource } from './paths/policy';
import { Pipeline, type PipelineInput } from './pipeline';
import type {
  ImageProcessor,
  Platform,
  SecretStore,
  SettingsStore,
  Uploader,
  UploaderFactory,
} from './ports';
import { applySettingsPatch, settingsFromStored } from './settings';
import { isAllowedExternalUrl } from './links';
import { KeyKeeper, keyOrigins } from './key-keeper';

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
  readonly log?: (line: string) => void;
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

  constructor(private readonly opts: ServiceOptions) {
    this.settings = settingsFromStored(opts.settingsStore.load());
    this.keys = new KeyKeeper(opts.secrets);
    // Settings may have been edited on disk while the app was closed: check the key's servers now.
    this.keys.keyFor(keyOrigins(this.settings.connection));
    this.maxInputBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
    this.maxFilesPerCall = opts.maxFilesPerCall ?? DEFAULT_MAX_FILES;
    this.platformName = opts.platformName ?? process.platform;
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

  async addPaths(paths: readonly string[], from?: 'drop'): Promise<AddResult> {
    return this.addFrom(paths, from === 'drop' ? 'drop' : 'renderer');
  }

  /** Paths the person chose outside the page: on the command line (made absolute first). */
  async addChosenPaths(paths: readonly string[]): Promise<AddResult> {
    return this.addFrom(paths, 'chosen');
  }

  async pick(kind: PickKind): Promise<AddResult> {
    const paths = await this.opts.platform.pickPaths(kind);
    if (paths.length === 0) return { added: [], duplicates: 0 };
    // Main got these from the OS dialog itself, so network paths the user chose are fine.
    return this.addFrom(paths, 'chosen');
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
    // New servers: the key is forgotten here unless it was saved for them.
    this.keys.keyFor(keyOrigins(this.settings.connection));
    this.uploader = null;
    this.pipeline.pump();
    return this.view();
  }

  async setPrivateKey(key: string | null, keeping: KeyKeeping = 'saved'): Promise<SettingsView> {
    this.keys.set(key, keyOrigins(this.settings.connection), keeping);
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

  private async addFrom(paths: readonly string[], source: PathSource): Promise<AddResult> {
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
    return this.pipeline.add([
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
    ]);
  }

  private view(): SettingsView {
    return { ...this.settings, privateKey: this.keys.status(this.opts.secrets.protection()) };
  }

  private currentUploader(): Uploader | null {
    const key = this.keys.keyFor(keyOrigins(this.settings.connection));
    if (!isConnectionReady(this.settings, key !== null)) return null;
    this.uploader ??= this.opts.uploaderFactory(this.settings, key);
    return this.uploader;
  }
}
