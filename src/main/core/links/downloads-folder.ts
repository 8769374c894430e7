/**
 * The private folder downloaded links are written to (`downloads/` in the state folder, 0700,
 * files 0600). A download stays while its row may still need it: it goes once the row is
 * uploaded or removed from the list; at start, whatever no row points to any more goes too.
 */
import { readdirSync, realpathSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { Job, JobId, JobsUpdate } from '../../../shared/jobs';
import { makePrivateDir } from '../common/private-file';

/** The subfolder of the state folder that links are downloaded to. */
export const DOWNLOADS_FOLDER = 'downloads';

/** Whether a row's file is a download that is no longer needed (uploaded, not a reused row). */
function spent(job: Job): boolean {
  // A row the history already had keeps its copy: "Upload again" reads it.
  return job.status === 'done' && !job.reused;
}

export class DownloadsFolder {
  /** Rows whose file is a download here, with its path. */
  private readonly rows = new Map<JobId, string>();

  constructor(private dir: string) {}

  /**
   * Makes the folder (owner only) and answers its canonical path, the form rows keep, so the
   * clean-up at start (which compares canonical paths) finds them.
   */
  ready(): string {
    makePrivateDir(this.dir);
    this.dir = realpathSync(this.dir);
    return this.dir;
  }

  /** Whether `path` is a download of this folder. */
  holds(path: string): boolean {
    return path.startsWith(this.dir.endsWith(sep) ? this.dir : `${this.dir}${sep}`);
  }

  /** Deletes a download nothing needs (a failed delete is tried again at the next start). */
  async discard(path: string): Promise<void> {
    if (this.holds(path)) await rm(path, { force: true }).catch(() => {});
  }

  /** Follows the list's updates: a download goes once its row is uploaded or removed. */
  follow(update: Pick<JobsUpdate, 'jobs' | 'removed'>): void {
    for (const job of update.jobs) {
      if (job.file.link === undefined || !this.holds(job.file.path)) continue;
      if (spent(job)) {
        this.rows.delete(job.id);
        void this.discard(job.file.path);
      } else {
        this.rows.set(job.id, job.file.path);
      }
    }
    for (const id of update.removed) {
      const path = this.rows.get(id);
      if (path === undefined) continue;
      this.rows.delete(id);
      void this.discard(path);
    }
  }
}

/** The canonical folder and its names, or null when it does not exist (yet). */
function listing(folder: string): { readonly folder: string; readonly names: string[] } | null {
  try {
    const real = realpathSync(folder);
    return { folder: real, names: readdirSync(real) };
  } catch {
    return null;
  }
}

/** Deletes one file; false when it is a folder or not ours to delete (left alone). */
function removed(path: string): boolean {
  try {
    rmSync(path, { force: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Deletes the downloads in `<stateDir>/downloads/` that no row of any list points to (and
 * `.part` files a stop left), answering how many; `keptUnder(folder)` answers the paths rows
 * point to. Run at start, only with a state on disk, by the app and the CLI.
 */
export function cleanDownloads(
  stateDir: string,
  keptUnder: (folder: string) => ReadonlySet<string>,
): number {
  const found = listing(join(stateDir, DOWNLOADS_FOLDER));
  if (found === null) return 0; // Nothing downloaded yet.
  const kept = keptUnder(found.folder);
  const spent = found.names.map((name) => join(found.folder, name)).filter((p) => !kept.has(p));
  return spent.filter(removed).length;
}
