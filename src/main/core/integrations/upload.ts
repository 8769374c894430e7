/**
 * What a local-server request does: add the files to the list through the same service as a
 * drop, wait until each is finished, answer the links.
 */
import { realpath } from 'node:fs/promises';
import type { AddResult } from '../../../shared/contract';
import type { Job, JobId, JobsUpdate } from '../../../shared/jobs';
import { isFinished } from '../../../shared/jobs';
import { assertNever } from '../../../shared/assert';
import { strings } from '../../../shared/strings';
import type { PicgoRequest } from './picgo-request';
import type { PicgoOutcome } from './server';

/** The part of the upload service a local-server request uses. */
export interface IntegrationTarget {
  /** Queue files that upload even when automatic upload is off (the caller asked for it). */
  addForIntegration(paths: readonly string[]): Promise<AddResult>;
  getJobs(): Promise<JobsUpdate>;
  onJobs(listener: (update: JobsUpdate) => void): () => void;
  /** Whether uploads can start (keys are set). */
  connectionReady(): boolean;
}

/** Writes the clipboard's image to a file and gives its path; null means no image. */
export type ClipboardImageReader = () => Promise<string | null>;

/** Jobs for each path in order: the new rows, or the row already in the list for that file. */
async function jobsFor(target: IntegrationTarget, paths: readonly string[]): Promise<JobId[][]> {
  const ids: JobId[][] = [];
  for (const path of paths) {
    const result = await target.addForIntegration([path]);
    if (result.added.length > 0 || result.duplicates === 0) {
      ids.push([...result.added]);
      continue;
    }
    // Already in the list (same canonical path, not failed): answer with that row's links.
    const canonical = await realpath(path).catch(() => path);
    const { jobs } = await target.getJobs();
    const existing = jobs.filter((j) => j.file.path === canonical && j.status !== 'failed');
    ids.push(existing.slice(-1).map((j) => j.id));
  }
  return ids;
}

/** Resolves with the jobs once every one of them is finished (or gone from the list). */
function finished(target: IntegrationTarget, ids: readonly JobId[]): Promise<Map<JobId, Job>> {
  return new Promise((resolve, reject) => {
    const seen = new Map<JobId, Job>();
    let stop: (() => void) | null = null;
    let done = false;
    const check = (update: Pick<JobsUpdate, 'jobs' | 'full' | 'removed'>): void => {
      for (const job of update.jobs) if (ids.includes(job.id)) seen.set(job.id, job);
      for (const id of update.removed) seen.delete(id);
      if (update.full) {
        for (const id of ids) if (!update.jobs.some((j) => j.id === id)) seen.delete(id);
      }
      const open = ids.some((id) => {
        const job = seen.get(id);
        return job !== undefined && !isFinished(job.status);
      });
      if (!open && !done) {
        done = true;
        stop?.();
        resolve(seen);
      }
    };
    stop = target.onJobs(check);
    target.getJobs().then((snapshot) => check({ ...snapshot, full: true }), reject);
  });
}

function outcomeOf(
  groups: readonly JobId[][],
  jobs: Map<JobId, Job>,
  paths: readonly string[],
): PicgoOutcome {
  const urls: string[] = [];
  for (const [i, group] of groups.entries()) {
    if (group.length === 0)
      return { ok: false, message: strings.picgo.nothingAdded(paths[i] ?? '') };
    for (const id of group) {
      const job = jobs.get(id);
      if (!job) return { ok: false, message: strings.picgo.cancelled(paths[i] ?? '') };
      switch (job.status) {
        case 'done':
          urls.push(job.uploaded.main.url);
          break;
        case 'failed':
          return {
            ok: false,
            message: strings.picgo.fileFailed(paths[i] ?? '', job.error.message),
          };
        case 'cancelled':
          return { ok: false, message: strings.picgo.cancelled(job.file.name) };
        case 'queued':
        case 'processing':
        case 'ready':
        case 'uploading':
          return { ok: false, message: strings.picgo.internal };
        default:
          return assertNever(job);
      }
    }
  }
  return { ok: true, urls };
}

/**
 * Uploads what a request names and answers the main links in list order, or the sentence of
 * the first failure. `readClipboard` is null where no clipboard exists (the CLI).
 */
export async function uploadForRequest(
  target: IntegrationTarget,
  request: PicgoRequest,
  readClipboard: ClipboardImageReader | null,
): Promise<PicgoOutcome> {
  if (!target.connectionReady()) return { ok: false, message: strings.picgo.notConfigured };
  let paths: readonly string[];
  if (request.kind === 'clipboard') {
    if (!readClipboard) return { ok: false, message: strings.picgo.clipboardUnavailable };
    const path = await readClipboard();
    if (path === null) return { ok: false, message: strings.picgo.noClipboard };
    paths = [path];
  } else {
    paths = request.paths;
  }
  const groups = await jobsFor(target, paths);
  const jobs = await finished(target, groups.flat());
  return outcomeOf(groups, jobs, paths);
}
