import type { AddResult, ConnectionResult, PickKind, UploaderApi } from '../../../shared/contract';
import type { BatchDestination, JobId, JobsUpdate } from '../../../shared/jobs';
import type { KeyKeeping, SettingsPatch, SettingsView } from '../../../shared/settings';
import { PICGO_BATCH_NAME } from '../../../shared/integrations';
import type { PicgoServerController } from '../integrations/controller';
import type { JobStore } from '../jobs/job-store';
import type { Pipeline } from '../jobs/pipeline';
import { previewDataUrl } from '../jobs/work';
import type { Journal } from '../persistence/journal';
import type { HistoryStore, ImageProcessor, Platform } from '../ports';
import type { ConnectionSession } from './connection-session';
import type { Intake } from './intake';
import type { LinkIntake } from '../links/link-intake';
import type { TestServerSwitch } from './test-server-switch';
import type { WatchFolders } from './watch-folders';
import type { CustomFields } from './custom-fields';
import type { Sidecars } from './sidecars';
import type { AltText } from '../../../shared/alt';
import { TeamApi } from './team-api';
import type { TeamCheck } from './team-check';
import { settingsView } from './watch-api';

/** What the service is made of (see createService). */
export interface ServiceParts {
  readonly images: ImageProcessor;
  readonly platform: Platform;
  readonly history?: HistoryStore;
  readonly journal?: Journal;
  readonly store: JobStore;
  readonly pipeline: Pipeline;
  readonly session: ConnectionSession;
  readonly intake: Intake;
  readonly links: LinkIntake;
  readonly picgo: PicgoServerController;
  readonly testServer: TestServerSwitch;
  readonly watch: WatchFolders;
  readonly customFields: CustomFields;
  readonly sidecars: Sidecars;
  /** The team duplicate check (the SHA-256 field on ImageKit). */
  readonly team: TeamCheck;
  /** Whether the restored list had been paused by the user when it was journaled. */
  readonly restoredPaused: boolean;
}

/**
 * The one implementation of the renderer's API. Plain Node: the desktop app, the CLI and the
 * browser test harness all run this same class, made by createService.
 */
export class UploadService extends TeamApi implements UploaderApi {
  /** Whether the restored list had been paused by the user when it was journaled. */
  get restoredPaused(): boolean {
    return this.parts.restoredPaused;
  }

  async addPaths(
    paths: readonly string[],
    from?: 'drop',
    destination?: BatchDestination,
  ): Promise<AddResult> {
    const source = from === 'drop' ? 'drop' : 'renderer';
    // A value a field refuses stops the batch before any of its files is added. Without values
    // nothing waits, so a Stop all right after this call still finds the folder search.
    if (destination?.customMetadata)
      await this.parts.customFields.check(destination.customMetadata);
    return this.parts.intake.addPaths(paths, { source, ...(destination ? { destination } : {}) });
  }

  /**
   * Paths the person typed on the command line (made absolute first), with `alt` for each, and
   * each file's own alt text, tags, folder and custom metadata from the `sidecar` CSV.
   */
  async addChosenPaths(
    paths: readonly string[],
    alt?: AltText,
    sidecar?: string,
  ): Promise<AddResult> {
    const result = await this.parts.intake.addPaths(paths, {
      source: 'command-line',
      ...(sidecar === undefined ? {} : { sidecar }),
    });
    // Set before any of them can upload: processing has not finished for a row just added.
    // A row's own alt text (from the sidecar) wins over the one given for every file.
    for (const id of alt ? result.added : []) {
      if (!this.parts.store.get(id)?.alt) this.parts.store.setAlt(id, alt as AltText);
    }
    return result;
  }

  /**
   * Files a local integration (the PicGo-compatible server) asked for: they upload as soon as
   * they are processed, even when automatic upload is off, because the caller waits for links.
   */
  async addForIntegration(paths: readonly string[]): Promise<AddResult> {
    // Another program sent these: the rules of paths from the page, and image files only.
    const result = await this.parts.intake.addPaths(paths, {
      source: 'integration',
      batch: PICGO_BATCH_NAME,
    });
    this.parts.pipeline.approve(result.added);
    return result;
  }

  /** Whether uploads can start now (the connection is set up). */
  connectionReady(): boolean {
    return this.parts.session.currentUploader() !== null;
  }

  /**
   * Start what the saved settings turn on (the local upload server, the local test server when
   * it was in use); call once at start-up.
   */
  async startIntegrations(): Promise<void> {
    await this.parts.testServer.resume();
    await this.parts.picgo.apply(this.parts.session.settings.integrations.picgo);
  }

  async pasteClipboard(): Promise<AddResult> {
    return this.parts.intake.paste();
  }

  async pick(kind: PickKind, destination?: BatchDestination): Promise<AddResult> {
    if (destination?.customMetadata)
      await this.parts.customFields.check(destination.customMetadata);
    return this.parts.intake.pick(kind, destination);
  }

  async getJobs(): Promise<JobsUpdate> {
    return this.parts.store.snapshot();
  }

  async cancel(id: JobId): Promise<void> {
    this.parts.pipeline.cancel(id);
  }

  async cancelAll(): Promise<void> {
    this.parts.intake.cancelWalks();
    this.cancelDownloads();
    this.parts.pipeline.cancelAll();
  }

  async pauseAll(): Promise<void> {
    this.parts.pipeline.pauseAll();
    this.rememberPaused(true);
  }

  async resumeAll(): Promise<void> {
    this.parts.pipeline.resumeAll();
    this.rememberPaused(false);
  }

  /** Whether the user paused the batch (for the journal to keep across restarts). */
  get paused(): boolean {
    return this.parts.pipeline.paused;
  }

  async retry(id: JobId): Promise<void> {
    this.parts.pipeline.retry(id);
  }

  async retryFailed(): Promise<void> {
    this.parts.pipeline.retryFailed();
  }

  async uploadAgain(id: JobId): Promise<void> {
    this.parts.pipeline.uploadAgain(id);
  }

  async startUploads(): Promise<void> {
    this.parts.pipeline.startUploads();
  }

  async getPreview(id: JobId): Promise<string | null> {
    const preview = this.parts.pipeline.preview(id);
    return preview ? previewDataUrl(preview) : null;
  }

  async clearFinished(): Promise<void> {
    this.parts.pipeline.clearFinished();
  }

  async removeJobs(ids: readonly JobId[]): Promise<number> {
    // A repeated id would otherwise count once per mention.
    return this.parts.pipeline.clearFinished([...new Set(ids)]);
  }

  async getSettings(): Promise<SettingsView> {
    // At start-up the servers may still be opening their ports: report where they ended up.
    await Promise.all([
      this.parts.picgo.settled(),
      this.parts.testServer.settled(),
      this.parts.watch.settled(),
    ]);
    return settingsView(this.parts);
  }

  async updateSettings(patch: SettingsPatch): Promise<SettingsView> {
    this.parts.session.update(patch);
    await this.parts.picgo.apply(this.parts.session.settings.integrations.picgo);
    return settingsView(this.parts);
  }

  async setPrivateKey(key: string | null, keeping: KeyKeeping = 'saved'): Promise<SettingsView> {
    this.parts.session.setPrivateKey(key, keeping);
    return settingsView(this.parts);
  }

  async useTestServer(on: boolean): Promise<SettingsView> {
    await this.parts.testServer.use(on);
    return settingsView(this.parts);
  }

  async testConnection(): Promise<ConnectionResult> {
    return this.parts.session.testConnection();
  }

  /** Remember (in the journal) whether the user paused, so the next start stays paused. */
  rememberPaused(paused: boolean): void {
    this.parts.journal?.setPaused(paused);
  }

  /** Listen for batched job updates. */
  onJobs(listener: (update: JobsUpdate) => void): () => void {
    return this.parts.store.subscribe(listener);
  }

  /** Resolves when nothing is left to do (used by the CLI and tests). */
  async idle(): Promise<void> {
    await this.parts.pipeline.idle();
    this.parts.store.flush();
  }

  /**
   * Stop everything and release the workers. Jobs keep the state they had (nothing is marked
   * stopped), so what was unfinished can continue in a later session.
   */
  async close(): Promise<void> {
    await this.parts.watch.close();
    await this.parts.picgo.close();
    await this.parts.testServer.close();
    this.parts.pipeline.stop();
    // The journal keeps the list as it is now: what was stopped continues next time.
    this.parts.journal?.stop();
    this.parts.store.close();
    await this.parts.images.close();
  }
}
