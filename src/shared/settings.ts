import { UPLOAD_CONCURRENCY } from './limits';
import type { Presets } from './presets';
import { DEFAULT_PRESETS } from './presets';
import { DEFAULT_NAME_TEMPLATE } from './naming-template';

/** How many recent destination folders are remembered. */
export const MAX_RECENT_FOLDERS = 8;
import type { IntegrationSettings, PicgoServerSettings, PicgoServerStatus } from './integrations';
import { DEFAULT_INTEGRATIONS } from './integrations';
import type { TestServerSettings, TestServerStatus } from './test-server';
import { DEFAULT_TEST_SERVER } from './test-server';
import type { WatchSettings, WatchStatus } from './watch';
import { DEFAULT_RESPONSIVE_WIDTHS } from './responsive';

/** ImageKit's public upload endpoint. */
export const IMAGEKIT_UPLOAD_URL = 'https://upload.imagekit.io/api/v1/files/upload';
/** ImageKit's management API root (used to list files for the connection test). */
export const IMAGEKIT_API_URL = 'https://api.imagekit.io';

/**
 * How uploads are authorised:
 * - `private-key`: the key is stored on this machine (OS-encrypted) and used by main only;
 * - `auth-endpoint`: the team's own server signs each upload, so no key sits on this machine.
 */
export type AuthMode = 'private-key' | 'auth-endpoint';

export interface ConnectionSettings {
  readonly authMode: AuthMode;
  readonly publicKey: string;
  /** e.g. https://ik.imagekit.io/your_id; used to build links. */
  readonly urlEndpoint: string;
  /** Upload endpoint; ImageKit's by default, a compatible server's otherwise. */
  readonly uploadUrl: string;
  /** Management API root, for the connection test. */
  readonly apiUrl: string;
  /** GET returns {token, expire, signature}; only in `auth-endpoint` mode. */
  readonly authEndpoint: string;
}

export interface UploadSettings {
  /** Destination folder on ImageKit, e.g. /products/2026. */
  readonly folder: string;
  readonly tags: readonly string[];
  /** Files uploading at once. */
  readonly concurrency: number;
  /** Start uploading as soon as a file is processed. */
  readonly autoUpload: boolean;
  /** How stored files are named; fields in `shared/naming-template.ts`. */
  readonly nameTemplate: string;
  /** Ask for the folder and tags each time files are added. */
  readonly askDestination: boolean;
  /**
   * Ask ImageKit's AI for a draft of the alt text of files that have none (the
   * ai-auto-description extension, which costs extension units); off unless turned on.
   */
  readonly draftAlt: boolean;
  /** Folders chosen for recent batches, newest first. */
  readonly recentFolders: readonly string[];
  /** Widths (px) the responsive copy format offers in its srcset, smallest first. */
  readonly responsiveWidths: readonly number[];
}

/** Everything the user can set. The private key is never part of it. */
export interface Settings {
  readonly connection: ConnectionSettings;
  readonly upload: UploadSettings;
  readonly presets: Presets;
  /** The local upload server for writing tools. */
  readonly integrations: IntegrationSettings;
  /** The local test server; set only by `useTestServer`, never by a settings patch. */
  readonly testServer: TestServerSettings;
  /**
   * Folders whose new images are added on their own; changed only through the watch-folder
   * methods (a folder is added from the OS picker), never by a settings patch.
   */
  readonly watch: WatchSettings;
}

/**
 * How the private key is kept: `os` is the OS keychain/DPAPI; `plain` means the OS offers no
 * protection (e.g. Linux without a keyring), so the user is told.
 */
export type SecretProtection = 'os' | 'plain';

/** Where a private key is kept: saved on this computer, or in memory until the app quits. */
export type KeyKeeping = 'saved' | 'session';

/**
 * Why the app dropped the key on its own: `host-changed` when the upload or API address moved
 * to a server the key was not saved for (a key only ever goes to the servers it was saved for).
 */
export type KeyForgotten = 'host-changed';

/** What the renderer sees of the private key: whether it is set, never its value. */
export interface SecretStatus {
  readonly set: boolean;
  /** How a key saved now would be kept; `plain` means no keyring protects it. */
  readonly protection: SecretProtection;
  /** Where the current key is kept; null when none is set. */
  readonly keeping: KeyKeeping | null;
  /** Set when the app removed the key itself; cleared when a key is set or removed. */
  readonly forgotten: KeyForgotten | null;
}

/** Settings as shown to the renderer. */
export interface SettingsView extends Settings {
  readonly privateKey: SecretStatus;
  /** Whether the local upload server listens, and on which port, or why it could not. */
  readonly picgoServer: PicgoServerStatus;
  /** Whether the local test server runs, where, or why it could not start. */
  readonly testServerStatus: TestServerStatus;
  /** Where each watch folder stands, in the order of `watch.folders`. */
  readonly watchStatus: readonly WatchStatus[];
}

/** A partial update; each part replaces that part. */
export interface SettingsPatch {
  readonly connection?: Partial<ConnectionSettings>;
  readonly upload?: Partial<UploadSettings>;
  readonly presets?: Partial<Presets>;
  readonly integrations?: { readonly picgo?: Partial<PicgoServerSettings> };
}

export const DEFAULT_SETTINGS: Settings = {
  connection: {
    authMode: 'private-key',
    publicKey: '',
    urlEndpoint: '',
    uploadUrl: IMAGEKIT_UPLOAD_URL,
    apiUrl: IMAGEKIT_API_URL,
    authEndpoint: '',
  },
  upload: {
    folder: '/',
    tags: [],
    concurrency: UPLOAD_CONCURRENCY.default,
    autoUpload: true,
    nameTemplate: DEFAULT_NAME_TEMPLATE,
    askDestination: true,
    draftAlt: false,
    recentFolders: [],
    responsiveWidths: DEFAULT_RESPONSIVE_WIDTHS,
  },
  presets: DEFAULT_PRESETS,
  integrations: DEFAULT_INTEGRATIONS,
  testServer: DEFAULT_TEST_SERVER,
  watch: { folders: [] },
};
