/** Job snapshots and pushed updates for tests that never touch a real file. */
import type { Job, JobsUpdate } from '../../src/shared/jobs';
import { summarize } from '../../src/shared/progress';

/** A queued job for the file /p/<id>. */
export function queuedJob(id: string): Job {
  return { id, file: { path: `/p/${id}`, name: id, bytes: 1 }, addedAt: 0, status: 'queued' };
}

/** An update as main pushes it: changed jobs, removed ids, and the summary of `jobs`. */
export function jobsUpdate(
  seq: number,
  jobs: readonly Job[],
  removed: readonly string[] = [],
  full = false,
): JobsUpdate {
  return { seq, full, jobs, removed, summary: summarize(jobs) };
}

/** A state a job of the list can be in, for tests of the page's lists and counts. */
export type JobKind =
  'queued' | 'processing' | 'ready' | 'done' | 'failed' | 'failed-for-good' | 'cancelled';

const IMAGE = { format: 'jpeg', width: 40, height: 30, animated: false } as const;

function variant(name: 'main' | 'thumb') {
  return {
    variant: name,
    format: 'webp',
    width: 40,
    height: 30,
    bytes: 10,
    quality: 80,
    encodes: 1,
  } as const;
}

/**
 * The job for the file /p/<id> in the state `kind` names: 'failed' failed to upload (Retry may
 * help), 'failed-for-good' is not an image (it may not).
 */
export function jobOfKind(id: string, kind: JobKind): Job {
  const base = { id, file: { path: `/p/${id}`, name: id, bytes: 1 }, addedAt: 0 };
  const variants = { main: variant('main'), thumb: variant('thumb') };
  const link = (name: 'main' | 'thumb') => ({
    ...variant(name),
    fileId: `${id}-${name}`,
    url: `https://ik.example/${id}-${name}`,
    filePath: `/${id}-${name}`,
  });
  switch (kind) {
    case 'queued':
      return { ...base, status: 'queued' };
    case 'processing':
      return { ...base, status: 'processing', image: null };
    case 'ready':
      return { ...base, status: 'ready', image: IMAGE, variants };
    case 'done':
      return {
        ...base,
        status: 'done',
        image: IMAGE,
        uploaded: { main: link('main'), thumb: link('thumb') },
        finishedAt: 1,
        reused: null,
      };
    case 'failed':
      return {
        ...base,
        status: 'failed',
        stage: 'upload',
        image: IMAGE,
        retryable: true,
        error: { code: 'network', message: 'No connection.' },
      };
    case 'failed-for-good':
      return {
        ...base,
        status: 'failed',
        stage: 'process',
        image: null,
        retryable: false,
        error: { code: 'not-an-image', message: 'Not an image.' },
      };
    case 'cancelled':
      return { ...base, status: 'cancelled', image: null };
  }
}
