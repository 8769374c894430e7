import type { JobId } from '../../../../shared/jobs';

/**
 * Thumbnail previews already fetched, as data URLs. A job's preview never changes, so each is
 * fetched once; an entry goes when its row leaves the list, so a long session does not keep
 * every thumbnail it ever showed.
 */
const cache = new Map<JobId, string>();

/** The preview fetched for a job, if any. */
export function cachedPreview(id: JobId): string | undefined {
  return cache.get(id);
}

/** Keep a fetched preview for the job's row. */
export function rememberPreview(id: JobId, url: string): void {
  cache.set(id, url);
}

/** Drop the previews of jobs for which `gone` holds (rows cleared or replaced). */
export function forgetPreviews(gone: (id: JobId) => boolean): void {
  for (const id of [...cache.keys()]) if (gone(id)) cache.delete(id);
}

/** Drop the previews of these jobs (rows that left the list). */
export function dropPreviews(ids: Iterable<JobId>): void {
  for (const id of ids) cache.delete(id);
}

/** How many previews are held (for tests). */
export function previewCount(): number {
  return cache.size;
}
