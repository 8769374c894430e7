/**
 * Assembles the core: the connection session, the job store, the pipeline, the intake and the
 * local upload server, then puts back the list the journal kept. The desktop app, the CLI and
 * the browser test harness all start here.
 */
import { randomUUID } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { MAX_HELD_BYTES } from '../../../shared/limits';
import { tcpProbe, type ReachabilityProbe } from '../connection/probe';
import { PicgoServerController } from '../integrations/controller';
import type { KeyWords } from '../integrations/picgo-request';
import type { RowLimits } from '../integrations/row-budget';
import type { PicgoOutcome } from '../integrations/server';
import { PicgoUploads } from '../integrations/upload';
import { JobStore } from '../jobs/job-store';
import { Pipeline } from '../jobs/pipeline';
import { SpillFolder } from '../jobs/spill';
import type { LINK_TIMING } from '../links/download';
import { setupLinks } from '../links/link-setup';
import { restoreRows } from '../jobs/restore';
import { DEFAULT_MAX_FILES, DEFAULT_MAX_INPUT_BYTES } from '../paths/collect';
import type { Journal } from '../persistence/journal';
import type {
  HistoryStore,
  ImageProcessor,
  LibraryFactory,
  Platform,
  SecretStore,
  SettingsStore,
  TestServerHost,
  UploaderFactory,
} from '../ports';
import { ConnectionSession } from './connection-session';
import { Intake } from './intake';
import { TestServerSwitch } from './test-server-switch';
import { UploadService } from './upload-service';
import { WatchFolders, type WatchMemory } from './watch-folders';
import { CustomFields } from './custom-fields';
import { Sidecars } from './sidecars';
import { TeamCheck } from './team-check';
import type { BatchTiming } from './team-batch';

export interface ServiceOptions {
  readonly images: ImageProcessor;
  readonly settingsStore: SettingsStore;
  readonly secrets: SecretStore;
  /** Where the local upload server's key is kept, apart from the settings (memory if absent). */
  readonly serverKeySecrets?: SecretStore;
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
  /** Rows the local upload server may add a minute and have waiting (ROW_LIMITS if absent). */
  readonly picgoRowLimits?: RowLimits;
  /** Runs the local test server (the emulator inside the app); without it, none is offered. */
  readonly testServer?: TestServerHost;
  /** The local upload server as the CLI runs it: its own key words, a line per request. */
  readonly integration?: {
    readonly keyWords?: KeyWords;
    /** Told what each accepted request named and how it ended. */
    readonly onRequest?: (paths: readonly string[], outcome: PicgoOutcome) => void;
  };
  /**
   * A folder of the app's own where a failed or stopped upload's variants wait for a retry
   * (emptied on start); without one, a retry processes the file again.
   */
  readonly spillDir?: string;
  /** Where watch folders keep since when each was watched (the state folder); memory if absent. */
  readonly watchMemory?: WatchMemory;
  /** How long a watched file must stay unchanged before it is taken (2 s unless a test says). */
  readonly watchSettleMs?: number;
  /** The private folder links are downloaded to (`downloads/` in the state folder). */
  readonly downloadsDir?: string;
  /** Shorter download timeouts (tests). */
  readonly linkTiming?: Partial<typeof LINK_TIMING>;
  /** Whether processed files are checked against ImageKit (the team check); on unless false. */
  readonly teamCheck?: boolean;
  /** How team lookups are batched (tests). */
  readonly teamTiming?: BatchTiming;
}

/**
 * The spill folder, or none when it cannot be made (a read-only user-data folder): a retry then
 * processes the file again, and the app still starts.
 */
function spillIn(dir: string | undefined, log: (line: string) => void): { spill?: SpillFolder } {
  if (!dir) return {};
  try {
    return { spill: SpillFolder.open(dir) };
  } catch (err) {
    log(`no spill folder at ${dir} (${String(err)}); a retry will process the file again`);
    return {};
  }
}

/** The one implementation of the renderer's API, put together from its parts. */
export function createService(opts: ServiceOptions): UploadService {
  const log = opts.log ?? (() => {});
  const session = new ConnectionSession({
    ...opts,
    onConnectionChanged: () => pipeline.connectionChanged(),
  });
  const maxInputBytes = opts.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  const store = new JobStore({
    intervalMs: opts.updateIntervalMs ?? 100,
    ...(opts.journal ? { observer: opts.journal } : {}),
  });
  const team = new TeamCheck(session, log, opts.teamTiming);
  const readClipboard = opts.platform.readClipboardImage?.bind(opts.platform) ?? null;
  // The server takes requests only once started, after the service and its uploads exist.
  const picgo = new PicgoServerController(
    async (request, keyed) => {
      const outcome = await uploads.upload(request, keyed);
      opts.integration?.onRequest?.(request.kind === 'list' ? request.paths : [], outcome);
      return outcome;
    },
    log,
    opts.integration?.keyWords,
  );
  const pipeline = new Pipeline({
    store,
    images: opts.images,
    processConcurrency: opts.processConcurrency ?? Math.max(1, availableParallelism()),
    maxInputBytes,
    maxHeldBytes: opts.maxHeldBytes ?? MAX_HELD_BYTES,
    getSettings: () => session.settings,
    getUploader: () => session.currentUploader(),
    probe: opts.probe ?? tcpProbe(),
    probeDelays: opts.probeDelays,
    now: () => Date.now(),
    newId: () => randomUUID(),
    log,
    ...(opts.journal ? { journal: opts.journal } : {}),
    ...(opts.history ? { history: opts.history } : {}),
    ...(opts.teamCheck === false ? {} : { team }),
    ...spillIn(opts.spillDir, log),
  });
  const customFields = new CustomFields(session, log);
  const intake: Intake = new Intake({
    maxInputBytes,
    maxFilesPerCall: opts.maxFilesPerCall ?? DEFAULT_MAX_FILES,
    platformName: opts.platformName ?? process.platform,
    add: (inputs, destination, batch) => pipeline.add(inputs, destination, batch),
    rememberFolder: (folder) => session.rememberFolder(folder),
    platform: opts.platform,
    sidecar: (given, files, destination, csv) => sidecars.entries(given, files, destination, csv),
    sidecarReport: (given, destination) => sidecars.report(given, 'chosen', destination),
  });
  const sidecars = new Sidecars({
    session,
    customFields,
    files: (paths, source) => intake.files(paths, source),
  });
  let restoredPaused = false;
  if (opts.journal) {
    const { rows, paused } = opts.journal.load();
    restoredPaused = paused;
    // A batch the user had paused stays paused: its rows come back, but nothing starts.
    if (paused) pipeline.pauseAll();
    pipeline.restore(restoreRows(rows));
  }
  const links = setupLinks({
    ...(opts.downloadsDir ? { dir: opts.downloadsDir } : {}),
    store,
    maxBytes: maxInputBytes,
    add: (inputs, destination, batch) => pipeline.add(inputs, destination, batch),
    rememberFolder: (folder) => session.rememberFolder(folder),
    ...(opts.linkTiming ? { timing: opts.linkTiming } : {}),
  });
  const service: UploadService = new UploadService({
    ...opts,
    store,
    pipeline,
    session,
    intake,
    links,
    picgo,
    testServer: new TestServerSwitch(opts.testServer, session, log),
    watch: new WatchFolders({
      session,
      intake,
      pipeline,
      store,
      platform: opts.platform,
      log,
      ...(opts.watchMemory ? { memory: opts.watchMemory } : {}),
      ...(opts.watchSettleMs === undefined ? {} : { settleMs: opts.watchSettleMs }),
    }),
    customFields,
    sidecars,
    team,
    restoredPaused,
  });
  // The server takes requests only once started, after both exist.
  const uploads = new PicgoUploads(service, readClipboard, opts.picgoRowLimits);
  return service;
}
