/**
 * The journal's rows: what one job's row holds, how a job is written into it, and how a
 * session's rows are read back.
 */
import { PICGO_BATCH_NAME } from '../../../shared/integrations';
import type { Job, JobId, Variants } from '../../../shared/jobs';
import type { UploadedRef } from '../imagekit/types';
import type { Database } from './sqlite';

/** What the pipeline knows about a job beyond its public state. */
export interface JobExtras {
  /** sha256 of the source once it was read. */
  readonly sha256: string | null;
  /** Variants ImageKit confirmed. */
  readonly uploaded: Partial<Variants<UploadedRef>>;
}

/** One journaled job, as read back. */
export interface JournalRow extends JobExtras {
  readonly job: Job;
}

export interface Mirror {
  readonly ord: number;
  /** Whether the row exists in the database (then a change is an UPDATE by row number). */
  persisted: boolean;
  job: Job;
  extras: JobExtras;
  /** Status plus the variants done: an uploading job whose signature is unchanged only moved bytes. */
  signature: string;
}

/** What the journal keeps in memory for a job's row. */
export function mirrorOf(ord: number, job: Job, extras: JobExtras, persisted: boolean): Mirror {
  return { ord, persisted, job, extras, signature: signatureOf(job) };
}

/** A state that is shown or reported as an outcome, so it is written before it is shown. */
export function isFinal(job: Job): boolean {
  return job.status === 'done' || job.status === 'failed' || job.status === 'cancelled';
}

export function signatureOf(job: Job): string {
  if (job.status !== 'uploading') return job.status;
  return `uploading:${job.uploads.main.state === 'done' ? 'm' : ''}${job.uploads.thumb.state === 'done' ? 't' : ''}`;
}

/**
 * Rows another program sent through the local upload server that failed before anything was
 * read (a path that does not exist, a folder, a refused path): there is nothing to resume, and
 * a program sending such paths by the thousand must not fill the file or every start.
 */
export function notWorthKeeping(job: Job): boolean {
  return job.status === 'failed' && job.stage === 'validate' && job.batch === PICGO_BATCH_NAME;
}

/** The job as written: an upload in progress is written without its byte counts. */
export function storable(job: Job): Job {
  if (job.status !== 'uploading') return job;
  const still = (u: (typeof job.uploads)['main']) =>
    u.state === 'done' ? u : ({ state: 'waiting' } as const);
  return { ...job, uploads: { main: still(job.uploads.main), thumb: still(job.uploads.thumb) } };
}

/** A session's rows in the order they were added, each with its row number, and the paused flag. */
export function readSession(
  db: Database,
  session: string,
): { readonly rows: Array<{ id: JobId; ord: number; row: JournalRow }>; readonly paused: boolean } {
  const rows = db
    .prepare('SELECT id, ord, job, sha256, uploaded FROM jobs WHERE session = ? ORDER BY ord')
    .all(session) as {
    id: string;
    ord: number;
    job: string;
    sha256: string | null;
    uploaded: string;
  }[];
  const out = rows.map((r) => ({
    id: r.id,
    ord: Number(r.ord),
    row: {
      job: JSON.parse(r.job) as Job,
      sha256: r.sha256,
      uploaded: JSON.parse(r.uploaded) as JobExtras['uploaded'],
    },
  }));
  const paused = db.prepare('SELECT value FROM meta WHERE key = ?').get(`paused:${session}`) as
    { value: string } | undefined;
  return { rows: out, paused: paused?.value === '1' };
}
