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
import { isWebLink, withoutCredentials } from '../links/download';
import type { PicgoRequest } from './picgo-request';
import { ROW_LIMITS, RowBudget, type RowLimits } from './row-budget';
import type { PicgoOutcome } from './server';

/** The part of the upload service a local-server request uses. */
export interface IntegrationTarget {
  /** Queue files that upload even when automatic upload is off (the caller asked for it). */
  addForIntegration(paths: readonly string[]): Promise<AddResult>;
  /** Download links (public addresses only) and queue them the same way. */
  addLinksForIntegration(links: readonly string[]): Promise<AddResult>;
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
    const link = isWebLink(path);
    const result = link
      ? await target.addLinksForIntegration([path])
      : await target.addForIntegration([path]);
    if (result.added.length > 0 || result.duplicates === 0) {
      ids.push([...result.added]);
      continue;
    }
    // Already in the list (same canonical path or link, not failed): answer with that row's links.
    const canonical = link ? path : await realpath(path).catch(() => path);
    const { jobs } = await target.getJobs();
    const existing = jobs.filter(
      (j) => (link ? j.file.link : j.file.path) === canonical && j.status !== 'failed',
    );
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

/** One named file's links, or the sentence its failure gives the caller. */
function fileOutcome(
  path: string,
  group: readonly JobId[],
  jobs: Map<JobId, Job>,
): { readonly urls: string[] } | { readonly message: string } {
  if (group.length === 0) return { message: strings.picgo.cannotUse(path) };
  const urls: string[] = [];
  for (const id of group) {
    const job = jobs.get(id);
    if (!job) return { message: strings.picgo.cancelled(path) };
    switch (job.status) {
      case 'done':
        urls.push(job.uploaded.main.url);
        break;
      case 'failed':
        // Whether a path is missing, unreadable, a folder or not an image is not the caller's
        // to learn: one sentence for all of them, naming the path. The list in the app says
        // which it was. An upload failure is the caller's to know, with the file it was, and
        // so is why a link failed (the caller can see anything it says for itself).
        return {
          message:
            job.stage === 'upload' || job.file.link !== undefined
              ? strings.picgo.fileFailed(path, job.error.message)
              : strings.picgo.cannotUse(path),
        };
      case 'cancelled':
        return { message: strings.picgo.cancelled(job.file.name) };
      case 'queued':
      case 'processing':
      case 'ready':
      case 'uploading':
        return { message: strings.picgo.internal };
      default:
        return assertNever(job);
    }
  }
  return { urls };
}

/**
 * The answer: every main link in order, or the first failure's sentence, with the links of the
 * files that did upload for the log.
 */
function outcomeOf(
  groups: readonly JobId[][],
  jobs: Map<JobId, Job>,
  paths: readonly string[],
): PicgoOutcome {
  const urls: string[] = [];
  const uploaded: Array<{ path: string; url: string }> = [];
  let failure: string | null = null;
  for (const [i, group] of groups.entries()) {
    // A link is named without any password it held (such a link is refused anyway).
    const path = withoutCredentials(paths[i] ?? '');
    const outcome = fileOutcome(path, group, jobs);
    if ('message' in outcome) {
      failure ??= outcome.message;
      continue;
    }
    urls.push(...outcome.urls);
    for (const url of outcome.urls) uploaded.push({ path, url });
  }
  return failure === null ? { ok: true, urls } : { ok: false, message: failure, uploaded };
}

/** The local server's requests, turned into rows of the list and answered with their links. */
export class PicgoUploads {
  private readonly budget: RowBudget;

  /** `readClipboard` is null where no clipboard exists (the CLI). */
  constructor(
    private readonly target: IntegrationTarget,
    private readonly readClipboard: ClipboardImageReader | null,
    limits: RowLimits = ROW_LIMITS,
  ) {
    this.budget = new RowBudget(limits);
  }

  /**
   * Uploads what a request names and answers the main links in list order, or the sentence of
   * the first failure. `keyed`: whether the server asks for a key (the clipboard needs one).
   */
  async upload(request: PicgoRequest, keyed: boolean): Promise<PicgoOutcome> {
    const { target } = this;
    if (!target.connectionReady()) return { ok: false, message: strings.picgo.notConfigured };
    if (request.kind === 'clipboard') {
      if (!this.readClipboard) return { ok: false, message: strings.picgo.clipboardUnavailable };
      // Without a key any program could publish whatever the person copied.
      if (!keyed) return { ok: false, status: 403, message: strings.picgo.clipboardNeedsKey };
    }
    const rows = request.kind === 'clipboard' ? 1 : request.paths.length;
    const refused = this.budget.take(rows, (await target.getJobs()).jobs);
    if (refused) return { ok: false, ...refused };
    let paths: readonly string[];
    if (request.kind === 'clipboard') {
      const path = await this.readClipboard?.();
      if (!path) return { ok: false, message: strings.picgo.noClipboard };
      paths = [path];
    } else {
      paths = request.paths;
    }
    const groups = await jobsFor(target, paths);
    const jobs = await finished(target, groups.flat());
    return outcomeOf(groups, jobs, paths);
  }
}
