/**
 * Watches one folder (and its subfolders) for new image files and reports each once it is
 * complete: its size and modification time have not changed for `settleMs`, so a file an export
 * is still writing is never taken half-written. Files that were there when watching started are
 * reported apart, once. A rename or a removal reports nothing.
 *
 * Built on chokidar: it smooths over fs.watch's differences between Windows, macOS and Linux
 * (duplicate and missing events, atomic saves, recursive watching on Linux), works from the
 * packaged app's asar-unpacked node_modules with no native code, and is kept by many projects.
 */
import { watch, type FSWatcher } from 'chokidar';
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { looksLikeImageName } from '../paths/collect';

export interface FolderWatchOptions {
  readonly dir: string;
  /** How long size and mtime must stay the same before a file counts as complete (ms). */
  readonly settleMs?: number;
  /**
   * Files modified after this time (ms since the epoch) count as new even if they were there at
   * the start: they arrived while nobody was watching. Null: every file already there is old.
   */
  readonly newSince?: number | null;
  /** The image files that were there when watching started (and are not new), once. */
  onExisting(paths: readonly string[]): void;
  /** A new or rewritten image file, complete; `mtimeMs` is its modification time. */
  onFile(path: string, mtimeMs: number): void;
  /** The folder cannot be watched any more (removed, no access). */
  onError(err: Error): void;
}

/** What a file looked like when last seen. */
interface Seen {
  readonly size: number;
  readonly mtimeMs: number;
}

export const DEFAULT_SETTLE_MS = 2_000;
/**
 * File times lag the clock (Linux stamps them from a coarse clock, FAT to 2 s), so a file written
 * just after `newSince` may carry a time just before it. Files that close to it count as new; the
 * history's duplicate skip keeps one sent before from going up again.
 */
const NEW_SINCE_SLACK_MS = 2_000;

const identity = (s: Stats): string => `${s.dev}:${s.ino}`;
const sameFile = (a: Seen, s: Stats): boolean => a.size === s.size && a.mtimeMs === s.mtimeMs;

export class FolderWatch {
  private readonly settleMs: number;
  /** Files already reported (or old), by identity (device and inode): a rename keeps it. */
  private readonly known = new Map<string, Seen>();
  /** Files waiting to settle, by path. */
  private readonly settling = new Map<string, { seen: Seen; timer: NodeJS.Timeout }>();
  private readonly existing: string[] = [];
  private ready = false;
  private closed = false;

  private constructor(
    private readonly opts: FolderWatchOptions,
    private readonly watcher: FSWatcher,
  ) {
    this.settleMs = opts.settleMs ?? DEFAULT_SETTLE_MS;
  }

  /** Starts watching; resolves once the files already there have been listed. */
  static async start(opts: FolderWatchOptions): Promise<FolderWatch> {
    // chokidar would wait for a missing folder to appear; a watch folder must be there.
    const info = await stat(opts.dir);
    if (!info.isDirectory()) throw new Error('not a folder');
    return FolderWatch.watching(opts);
  }

  private static watching(opts: FolderWatchOptions): Promise<FolderWatch> {
    const watcher = watch(opts.dir, {
      persistent: true,
      ignoreInitial: false,
      alwaysStat: true,
      followSymlinks: false,
      // Only image files are of interest; folders are always followed.
      ignored: (path, stats) => stats?.isFile() === true && !looksLikeImageName(path),
    });
    const folder = new FolderWatch(opts, watcher);
    return new Promise((resolve, reject) => {
      watcher.on('add', (path, stats) => folder.added(path, stats));
      watcher.on('change', (path, stats) => folder.changed(path, stats));
      watcher.on('unlink', (path) => folder.removed(path));
      watcher.on('error', (err) => {
        if (!folder.ready) reject(err as Error);
        else opts.onError(err as Error);
      });
      watcher.on('ready', () => {
        folder.ready = true;
        opts.onExisting([...folder.existing]);
        folder.existing.length = 0;
        resolve(folder);
      });
    });
  }

  /**
   * The time up to which this watch has handled the folder: `now`, or just before the oldest
   * file still settling. The next watch's `newSince`, so that it takes only what this one did
   * not (files it reported would otherwise count as changed since it started).
   */
  seenUntil(now: number): number {
    let until = now;
    for (const { seen } of this.settling.values()) until = Math.min(until, seen.mtimeMs - 1);
    return until;
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const { timer } of this.settling.values()) clearTimeout(timer);
    this.settling.clear();
    await this.watcher.close();
  }

  private added(path: string, stats: Stats | undefined): void {
    if (!stats?.isFile()) return;
    const seen = { size: stats.size, mtimeMs: stats.mtimeMs };
    const before = this.known.get(identity(stats));
    if (!this.ready) {
      const isNew =
        this.opts.newSince != null && stats.mtimeMs > this.opts.newSince - NEW_SINCE_SLACK_MS;
      if (!isNew) {
        this.known.set(identity(stats), seen);
        this.existing.push(path);
        return;
      }
    } else if (before && sameFile(before, stats)) {
      // The same file under a new name: renamed or moved within the folder.
      return;
    }
    this.settle(path, seen);
  }

  private changed(path: string, stats: Stats | undefined): void {
    if (!stats?.isFile() || !this.ready) return;
    const before = this.known.get(identity(stats));
    if (before && sameFile(before, stats) && !this.settling.has(path)) return;
    this.settle(path, { size: stats.size, mtimeMs: stats.mtimeMs });
  }

  private removed(path: string): void {
    const pending = this.settling.get(path);
    if (pending) clearTimeout(pending.timer);
    this.settling.delete(path);
  }

  /** (Re)starts the wait for `path` to stop changing. */
  private settle(path: string, seen: Seen): void {
    const pending = this.settling.get(path);
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => void this.check(path, seen), this.settleMs);
    this.settling.set(path, { seen, timer });
  }

  /** Reports the file if it did not change since it was last seen; waits again if it did. */
  private async check(path: string, seen: Seen): Promise<void> {
    let now: Stats;
    try {
      now = await stat(path);
    } catch {
      this.settling.delete(path);
      return;
    }
    if (this.closed || this.settling.get(path)?.seen !== seen) return;
    if (!sameFile(seen, now) || now.size === 0) {
      this.settle(path, { size: now.size, mtimeMs: now.mtimeMs });
      return;
    }
    this.settling.delete(path);
    // Kept by identity, with size and mtime: a renamed file matches all three, while a new file
    // that reuses a removed one's inode number has a new mtime.
    this.known.set(identity(now), seen);
    this.opts.onFile(path, seen.mtimeMs);
  }
}
