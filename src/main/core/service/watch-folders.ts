/**
 * Watch folders inside the app: the list Settings keeps, a watch for each folder that is on, its
 * files added to the job list with the folder's destination, and a report once the files a watch
 * added have all finished (the desktop app turns it into a notification).
 */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { JobId, JobsUpdate } from '../../../shared/jobs';
import { strings } from '../../../shared/strings';
import type {
  WatchFolder,
  WatchFolderChange,
  WatchReport,
  WatchStatus,
} from '../../../shared/watch';
import { InvalidInputError } from '../common/validate';
import type { JobStore } from '../jobs/job-store';
import type { Pipeline } from '../jobs/pipeline';
import type { Platform } from '../ports';
import { withWatchChange, withWatchFolder, withoutWatchFolder } from '../settings/watch-rules';
import { WatchController, watchedSinceKey } from '../watch/watch-controller';
import type { ConnectionSession } from './connection-session';
import type { Intake } from './intake';

/** Where the time each folder has been watched since is kept (the journal's meta table). */
export interface WatchMemory {
  getMeta(key: string): string | null;
  setMeta(key: string, value: string): void;
}

export interface WatchFoldersOptions {
  readonly session: ConnectionSession;
  readonly intake: Intake;
  readonly pipeline: Pipeline;
  readonly store: JobStore;
  readonly platform: Platform;
  /** Kept across restarts when given (the state folder); in memory otherwise. */
  readonly memory?: WatchMemory;
  readonly log: (line: string) => void;
  /** How long a file's size and time must stay the same before it is taken (tests shorten it). */
  readonly settleMs?: number;
}

/**
 * How long a watch's files must all have been finished, with nothing new added, before it
 * reports: an export that trickles in over a minute makes one notification, not one per file.
 */
export const REPORT_QUIET_MS = 5_000;

/** What one watch has added and not yet reported. */
interface Tally {
  readonly pending: Set<JobId>;
  uploaded: number;
  skipped: number;
  failed: number;
  /** Set while every file has finished: the report goes out when it fires. */
  quiet: NodeJS.Timeout | null;
}

/** A memory that lasts as long as the process, for a service without a state folder. */
function memoryInProcess(): WatchMemory {
  const values = new Map<string, string>();
  return {
    getMeta: (key) => values.get(key) ?? null,
    setMeta: (key, value) => void values.set(key, value),
  };
}

export class WatchFolders {
  private readonly controller: WatchController;
  private readonly memory: WatchMemory;
  private readonly tallies = new Map<string, Tally>();
  private readonly statusListeners = new Set<(status: readonly WatchStatus[]) => void>();
  private readonly reportListeners = new Set<(report: WatchReport) => void>();
  private applied: Promise<void> = Promise.resolve();

  constructor(private readonly opts: WatchFoldersOptions) {
    this.memory = opts.memory ?? memoryInProcess();
    this.controller = new WatchController(
      {
        add: (paths, entry) => this.add(paths, entry),
        // An empty value is a folder that was switched off or removed: it starts afresh.
        getMeta: (key) => this.memory.getMeta(key) || null,
        setMeta: (key, value) => this.memory.setMeta(key, value),
        now: () => Date.now(),
        log: opts.log,
        changed: () => this.emitStatus(),
      },
      opts.settleMs,
    );
    opts.store.subscribe((update) => this.tally(update));
  }

  /** Starts watching the folders Settings has on (once, at start-up). */
  start(): Promise<void> {
    return this.apply();
  }

  /** Resolves once the last change to the list has been applied. */
  settled(): Promise<void> {
    return this.applied;
  }

  status(): WatchStatus[] {
    return this.controller.status();
  }

  /** Adds a folder the person picks in the OS dialog, uploading to the Settings destination. */
  async addFromPicker(): Promise<void> {
    const [path] = await this.opts.platform.pickPaths('folder');
    if (path === undefined) return;
    const info = await stat(path).catch(() => null);
    if (!info?.isDirectory()) throw new InvalidInputError(strings.watch.notAFolder(path));
    const { folder, tags } = this.opts.session.settings.upload;
    this.save(withWatchFolder(this.folders(), path, { folder, tags }));
    // Picked anew: it counts as never watched, so what is already there is offered.
    this.forget(path);
    await this.apply();
  }

  async change(path: string, change: WatchFolderChange): Promise<void> {
    this.save(withWatchChange(this.folders(), path, change));
    if (change.enabled === false) this.forget(path);
    await this.apply();
  }

  async remove(path: string): Promise<void> {
    this.save(withoutWatchFolder(this.folders(), path));
    this.forget(path);
    await this.apply();
  }

  /** "Upload them" (true) or "Leave them" for the images that were there when watching began. */
  answer(path: string, upload: boolean): Promise<number> {
    return this.controller.answer(path, upload);
  }

  onStatus(listener: (status: readonly WatchStatus[]) => void): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  onReport(listener: (report: WatchReport) => void): () => void {
    this.reportListeners.add(listener);
    return () => this.reportListeners.delete(listener);
  }

  /** Stops every watch (the app quits). */
  async close(): Promise<void> {
    for (const tally of this.tallies.values()) if (tally.quiet) clearTimeout(tally.quiet);
    this.tallies.clear();
    await this.applied;
    await this.controller.close();
    this.statusListeners.clear();
    this.reportListeners.clear();
  }

  private folders(): readonly WatchFolder[] {
    return this.opts.session.settings.watch.folders;
  }

  private save(folders: readonly WatchFolder[]): void {
    this.opts.session.setWatchFolders(folders);
  }

  private forget(path: string): void {
    this.memory.setMeta(watchedSinceKey(path), '');
  }

  private apply(): Promise<void> {
    this.applied = this.controller.apply(this.folders());
    return this.applied;
  }

  private async add(paths: readonly string[], entry: WatchFolder): Promise<number> {
    const { added } = await this.opts.intake.addPaths(paths, {
      source: 'chosen',
      destination: { folder: entry.folder, tags: entry.tags },
      batch: strings.watch.batch(basename(entry.path)),
      rememberFolder: false,
    });
    // A watch uploads on its own, even when automatic upload is off in Settings.
    this.opts.pipeline.approve(added);
    const tally = this.tallies.get(entry.path) ?? {
      pending: new Set<JobId>(),
      uploaded: 0,
      skipped: 0,
      failed: 0,
      quiet: null,
    };
    if (added.length > 0 && tally.quiet) {
      clearTimeout(tally.quiet);
      tally.quiet = null;
    }
    for (const id of added) tally.pending.add(id);
    this.tallies.set(entry.path, tally);
    return added.length;
  }

  /** Counts how the files each watch added ended; reports a watch once all of them have. */
  private tally(update: JobsUpdate): void {
    if (this.tallies.size === 0) return;
    const gone = new Set(update.removed);
    for (const [path, tally] of this.tallies) {
      for (const job of update.jobs) {
        if (!tally.pending.has(job.id)) continue;
        if (job.status === 'done') {
          if (job.reused) tally.skipped++;
          else tally.uploaded++;
        } else if (job.status === 'failed') tally.failed++;
        else if (job.status !== 'cancelled') continue;
        tally.pending.delete(job.id);
      }
      for (const id of gone) tally.pending.delete(id);
      if (tally.pending.size > 0 || tally.quiet) continue;
      tally.quiet = setTimeout(() => this.report(path, tally), REPORT_QUIET_MS);
      tally.quiet.unref?.();
    }
  }

  private report(path: string, tally: Tally): void {
    if (this.tallies.get(path) !== tally) return;
    this.tallies.delete(path);
    const { uploaded, skipped, failed } = tally;
    if (uploaded + skipped + failed === 0) return;
    for (const listener of this.reportListeners) listener({ path, uploaded, skipped, failed });
  }

  private emitStatus(): void {
    const status = this.status();
    for (const listener of this.statusListeners) listener(status);
  }
}
