/**
 * Keeps one FolderWatch per enabled watch folder, in line with the settings; adds each complete
 * new file with the folder's destination; holds the images that were already there until the
 * person answers "upload them / leave them"; and remembers, per folder, since when it has been
 * watched, so files that arrive while the app is closed count as new at the next start.
 */
import type { WatchFolder, WatchStatus } from '../../../shared/watch';
import { strings } from '../../../shared/strings';
import { FolderWatch } from './folder-watch';

/** Where the controller hands files and keeps what it must remember (the journal's meta). */
export interface WatchHost {
  /** Adds complete files found by the watch of `entry`; answers how many rows were added. */
  add(paths: readonly string[], entry: WatchFolder): Promise<number>;
  getMeta(key: string): string | null;
  setMeta(key: string, value: string): void;
  now(): number;
  log(line: string): void;
  /** Something changed that Settings or the header shows. */
  changed(): void;
}

/** The journal key for the time a folder has been watched since. */
export const watchedSinceKey = (path: string): string => `watch:since:${path}`;

interface Running {
  readonly entry: WatchFolder;
  readonly watch: FolderWatch;
  waiting: readonly string[];
  added: number;
}

const sameEntry = (a: WatchFolder, b: WatchFolder): boolean =>
  a.path === b.path &&
  a.folder === b.folder &&
  a.enabled === b.enabled &&
  a.tags.join(',') === b.tags.join(',');

export class WatchController {
  private readonly running = new Map<string, Running>();
  private readonly failed = new Map<string, string>();
  private entries: readonly WatchFolder[] = [];
  /** Changes are applied one after another, never interleaved. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: WatchHost,
    private readonly settleMs?: number,
  ) {}

  /** Brings the watches in line with `entries`; resolves once each is watching or failed. */
  apply(entries: readonly WatchFolder[]): Promise<void> {
    this.chain = this.chain.then(() => this.applyNow(entries));
    return this.chain;
  }

  status(): WatchStatus[] {
    return this.entries.map((entry): WatchStatus => {
      const run = this.running.get(entry.path);
      if (run)
        return {
          path: entry.path,
          state: 'watching',
          waiting: run.waiting.length,
          added: run.added,
        };
      const message = this.failed.get(entry.path);
      return message === undefined
        ? { path: entry.path, state: 'off' }
        : { path: entry.path, state: 'failed', message };
    });
  }

  /** The person's answer about the images that were already in `path`; how many were added. */
  async answer(path: string, upload: boolean): Promise<number> {
    const run = this.running.get(path);
    if (!run || run.waiting.length === 0) return 0;
    const waiting = run.waiting;
    run.waiting = [];
    // Answered: from now on those files are old, whatever the answer.
    this.host.setMeta(watchedSinceKey(path), String(this.host.now()));
    this.host.changed();
    if (!upload) return 0;
    const added = await this.host.add(waiting, run.entry);
    run.added += added;
    this.host.changed();
    return added;
  }

  /**
   * Stops every watch (the app quits). What each handled is old to the next start, unless the
   * files that were already there still wait for the person's answer.
   */
  close(): Promise<void> {
    for (const [path, run] of this.running) {
      if (run.waiting.length > 0) continue;
      this.host.setMeta(watchedSinceKey(path), String(run.watch.seenUntil(this.host.now())));
    }
    return this.apply([]);
  }

  private async applyNow(entries: readonly WatchFolder[]): Promise<void> {
    this.entries = entries;
    const wanted = new Map(entries.filter((e) => e.enabled).map((e) => [e.path, e]));
    for (const [path, run] of [...this.running]) {
      const next = wanted.get(path);
      if (next && sameEntry(next, run.entry)) continue;
      await run.watch.close();
      this.running.delete(path);
    }
    for (const path of [...this.failed.keys()]) if (!wanted.has(path)) this.failed.delete(path);
    for (const entry of wanted.values()) {
      if (!this.running.has(entry.path)) await this.start(entry);
    }
    this.host.changed();
  }

  private async start(entry: WatchFolder): Promise<void> {
    const since = this.host.getMeta(watchedSinceKey(entry.path));
    const startedAt = this.host.now();
    let pending: readonly string[] = [];
    try {
      const watch = await FolderWatch.start({
        dir: entry.path,
        newSince: since === null ? null : Number(since),
        ...(this.settleMs === undefined ? {} : { settleMs: this.settleMs }),
        // Offered only the first time a folder is watched; after that they were seen before.
        onExisting: (paths) => {
          if (since === null && paths.length > 0) pending = paths;
        },
        onFile: (path) => void this.found(entry.path, path),
        onError: (err) => void this.lost(entry.path, err),
      });
      this.running.set(entry.path, { entry, watch, waiting: pending, added: 0 });
      this.failed.delete(entry.path);
      if (pending.length === 0) this.host.setMeta(watchedSinceKey(entry.path), String(startedAt));
      this.host.log(
        `watching ${entry.path}${pending.length ? `; ${pending.length} already there` : ''}`,
      );
    } catch (err) {
      this.failed.set(entry.path, strings.watch.cannotWatch(entry.path, (err as Error).message));
      this.host.log(`cannot watch ${entry.path}: ${String(err)}`);
    }
  }

  private async found(dir: string, path: string): Promise<void> {
    const run = this.running.get(dir);
    if (!run) return;
    const added = await this.host.add([path], run.entry);
    run.added += added;
    this.host.changed();
  }

  private async lost(dir: string, err: Error): Promise<void> {
    const run = this.running.get(dir);
    if (!run) return;
    this.running.delete(dir);
    await run.watch.close();
    this.failed.set(dir, strings.watch.stopped(dir, err.message));
    this.host.log(`stopped watching ${dir}: ${String(err)}`);
    this.host.changed();
  }
}
