/** The upload service as the CLI runs it: worker processes, the ImageKit client, a state folder. */
import { join } from 'node:path';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { strings } from '../../shared/strings';
import { configFromSettings, ImageKitClient } from '../core/imagekit';
import { ImagePool, nodeWorkerLauncher } from '../core/images';
import { type UploadService } from '../core/service/upload-service';
import { createService, type ServiceOptions } from '../core/service/create-service';
import { DOWNLOADS_FOLDER } from '../core/links/downloads-folder';
import { HEADLESS_PLATFORM, type HistoryStore } from '../core/ports';
import type { StateStore } from '../core/persistence';

/** Prefix of the CLI's journal sessions; one session per `upload` run. */
export const CLI_SESSION_PREFIX = 'cli:';

/** Meta key holding a session's settings, so `resume` uploads where `upload` meant to. */
export function settingsKey(session: string): string {
  return `settings:${session}`;
}

/** Meta key marking a session run with --force (upload even what the history has). */
export function forceKey(session: string): string {
  return `force:${session}`;
}

/** The history, recording uploads but never reporting a duplicate. */
function forcing(h: HistoryStore): HistoryStore {
  return {
    record: (entry) => h.record(entry),
    findDuplicate: () => null,
    // Forcing skips duplicates only: a different file under the same name still stops.
    findStoredAt: (key) => h.findStoredAt(key),
    query: (query) => h.query(query),
    get: (ids) => h.get(ids),
    remove: (ids) => h.remove(ids),
    setAlt: (id, alt) => h.setAlt(id, alt),
    reusesNothing: true,
  };
}

/**
 * A service journaling into `session` of `state`; settings persist there (never the key). The key
 * is given after the addresses (`connect`), because it is bound to the servers set when it is given.
 */
export function cliService(
  state: StateStore,
  session: string,
  opts: {
    readonly deadlineSeconds?: number;
    readonly integration?: ServiceOptions['integration'];
  } = {},
): UploadService {
  // Failures name the CLI's variables and flags, not the app's Settings.
  const extra = {
    fixes: strings.fixes.cli,
    ...(opts.deadlineSeconds === undefined
      ? {}
      : { retry: { deadlineMs: opts.deadlineSeconds * 1000 } }),
  };
  const saved = state.getMeta(settingsKey(session));
  let stored: unknown = saved === null ? undefined : JSON.parse(saved);
  let key: string | null = null;
  const forced = state.getMeta(forceKey(session)) === '1';
  return createService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: {
      load: () => stored,
      save: (s: Settings) => {
        stored = s;
        state.setMeta(settingsKey(session), JSON.stringify(s));
      },
    },
    secrets: { get: () => key, set: (v) => void (key = v), protection: () => 'plain' },
    platform: HEADLESS_PLATFORM,
    uploaderFactory: (settings, privateKey) =>
      new ImageKitClient(configFromSettings(settings.connection, privateKey, extra)),
    updateIntervalMs: 50,
    history: forced ? forcing(state.history) : state.history,
    // --force uploads what ImageKit holds already too.
    teamCheck: !forced,
    journal: state.journal(session),
    ...(opts.integration ? { integration: opts.integration } : {}),
    // The state folder's lock keeps a second CLI (or the app) out of this folder.
    ...(state.persistent ? { spillDir: join(state.dir, 'spill-cli') } : {}),
    ...(state.persistent ? { downloadsDir: join(state.dir, DOWNLOADS_FOLDER) } : {}),
  });
}

/** Applies the environment's addresses, then its key for this run only. */
export async function connect(
  service: UploadService,
  patch: SettingsPatch,
  privateKey: string | null,
): Promise<void> {
  await service.updateSettings(patch);
  if (privateKey) await service.setPrivateKey(privateKey, 'session');
}
