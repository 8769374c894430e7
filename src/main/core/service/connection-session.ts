/**
 * The connection as the service keeps it: the settings, the private key (bound to the servers
 * it was saved for) and the uploader made from both, rebuilt only when one of them changes.
 */
import { createHash } from 'node:crypto';
import { isConnectionReady } from '../../../shared/connection';
import type { ConnectionResult } from '../../../shared/contract';
import { SERVICE_ERRORS } from '../common/errors';
import type { KeyKeeping, Settings, SettingsPatch, SettingsView } from '../../../shared/settings';
import { MAX_RECENT_FOLDERS } from '../../../shared/settings';
import { createLibraryClient } from '../imagekit/client';
import * as library from '../library/browse';
import type { CustomField } from '../../../shared/custom-metadata';
import type { LibraryResult } from '../imagekit/library';
import type {
  LibraryClient,
  LibraryFactory,
  SecretStore,
  SettingsStore,
  Uploader,
  UploaderFactory,
} from '../ports';
import { KeyKeeper, keyOrigins } from '../settings/key-keeper';
import { ServerKeyStore } from '../settings/server-key';
import { applySettingsPatch } from '../settings/settings-rules';

export interface ConnectionSessionOptions {
  readonly settingsStore: SettingsStore;
  readonly secrets: SecretStore;
  /** Where the local upload server's key is kept, apart from the settings (memory if absent). */
  readonly serverKeySecrets?: SecretStore;
  readonly uploaderFactory: UploaderFactory;
  /** ImageKit's list and delete APIs for the Library; the real client when absent. */
  readonly libraryFactory?: LibraryFactory;
  /** The connection settings or the key changed: uploads waiting for the old server may go. */
  onConnectionChanged(): void;
}

export class ConnectionSession {
  private current: Settings;
  private uploader: Uploader | null = null;
  private readonly keys: KeyKeeper;

  private readonly serverKeys: ServerKeyStore;
  /** The account's custom metadata fields as last read, and for which connection. */
  private fields: {
    readonly key: string;
    readonly read: Promise<LibraryResult<CustomField[]>>;
  } | null = null;

  constructor(private readonly opts: ConnectionSessionOptions) {
    this.serverKeys = new ServerKeyStore(opts.serverKeySecrets);
    this.current = this.serverKeys.loadInto(opts.settingsStore);
    this.keys = new KeyKeeper(opts.secrets);
    // Settings may have been edited on disk while the app was closed: check the key's servers now.
    this.key();
  }

  get settings(): Settings {
    return this.current;
  }

  /** Applies a change and saves it; the uploader is made again for the new settings. */
  update(patch: SettingsPatch): void {
    this.current = applySettingsPatch(this.current, patch);
    this.serverKeys.save(this.current, this.opts.settingsStore);
    // New servers: the key is forgotten here unless it was saved for them.
    this.key();
    this.uploader = null;
    this.opts.onConnectionChanged();
  }

  setPrivateKey(key: string | null, keeping: KeyKeeping): void {
    this.keys.set(key, keyOrigins(this.current.connection), keeping);
    this.uploader = null;
    this.opts.onConnectionChanged();
  }

  /** Tries the connection as it is set up now. */
  async testConnection(): Promise<ConnectionResult> {
    const uploader = this.currentUploader();
    if (!uploader) return { ok: false, error: SERVICE_ERRORS.notConfigured };
    return uploader.testConnection();
  }

  /** Remembers whether the local test server is in use, so it starts again with the app. */
  setTestServer(enabled: boolean): void {
    this.current = { ...this.current, testServer: { enabled } };
    this.opts.settingsStore.save(this.current);
  }

  /** Saves the watch folders (changed only by the watch-folder methods). */
  setWatchFolders(folders: Settings['watch']['folders']): void {
    this.current = { ...this.current, watch: { folders } };
    this.serverKeys.save(this.current, this.opts.settingsStore);
  }

  /** Keeps the folder at the top of the recent list the chooser offers. */
  rememberFolder(folder: string): void {
    const recent = [folder, ...this.current.upload.recentFolders.filter((f) => f !== folder)];
    // Not update(): nothing about the connection changed, so uploads go on undisturbed.
    this.current = applySettingsPatch(this.current, {
      upload: { recentFolders: recent.slice(0, MAX_RECENT_FOLDERS) },
    });
    this.serverKeys.save(this.current, this.opts.settingsStore);
  }

  /** The uploader for the current settings and key, or null while the connection is not set up. */
  currentUploader(): Uploader | null {
    const key = this.key();
    if (!isConnectionReady(this.current, key !== null)) return null;
    this.uploader ??= this.opts.uploaderFactory(this.current, key);
    return this.uploader;
  }

  /** A client for the current settings; throws the sentence when the Library cannot work. */
  libraryClient(): LibraryClient {
    // The key goes only to the servers it was saved for, as for uploads.
    const key = this.key();
    const blocker = library.libraryBlocker(this.current, key !== null);
    if (blocker) throw new library.LibraryError(blocker);
    return (this.opts.libraryFactory ?? createLibraryClient)(this.current, key);
  }

  /**
   * The account's custom metadata fields, read once per connection for all who ask (the metadata
   * form, a sidecar's check, the team check); a failed read is asked again next time. Throws
   * the sentence when the Library cannot work, as libraryClient() does.
   */
  customFields(): Promise<LibraryResult<CustomField[]>> {
    const key = this.connectionIdentity();
    if (this.fields?.key === key) return this.fields.read;
    const entry = { key, read: this.libraryClient().listCustomFields() };
    this.fields = entry;
    const forget = () => {
      if (this.fields === entry) this.fields = null;
    };
    entry.read.then((result) => {
      if (!result.ok) forget();
    }, forget);
    return entry.read;
  }

  /** The app changed the account's fields (it made one): they are read again next time. */
  fieldsChanged(): void {
    this.fields = null;
  }

  /** The settings as the page sees them: the key's state, never the key. */
  view(
    picgoServer: SettingsView['picgoServer'],
    testServerStatus: SettingsView['testServerStatus'],
    watchStatus: SettingsView['watchStatus'],
  ): SettingsView {
    return {
      ...this.current,
      privateKey: this.keys.status(this.opts.secrets.protection()),
      picgoServer,
      testServerStatus,
      watchStatus,
    };
  }

  /**
   * The connection as it stands, to key caches by: its servers, and which key goes to them (a
   * short hash, so another account's key on the same servers is another connection).
   */
  connectionIdentity(): string {
    const key = this.key();
    const which = key === null ? null : createHash('sha256').update(key).digest('hex').slice(0, 16);
    return JSON.stringify([this.current.connection, which]);
  }

  private key(): string | null {
    return this.keys.keyFor(keyOrigins(this.current.connection));
  }
}
