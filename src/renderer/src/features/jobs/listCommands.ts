/** What the keyboard (and the selection bar) do to the selected rows of the Uploads list. */
import type { JobId } from '../../../../shared/jobs';
import { uploader } from '../../bridge';
import { messageOf } from '../../lib/errors';
import { uploadedLinks, useJobs } from '../../store/jobs';
import { notify } from '../../store/ui';

/** Said when Delete finds only rows still at work. */
export const NOTHING_TO_REMOVE =
  'Only finished rows can be removed. Stop the files still at work first, then remove them.';

/** Said when Ctrl/Cmd+C finds no uploaded file among the selected rows. */
export const NO_LINKS_SELECTED =
  'None of the selected files is uploaded yet, so there is no link to copy.';

/** Take the finished rows among `ids` out of the list (uploads on ImageKit stay). */
export async function removeRows(ids: readonly JobId[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    const removed = await uploader.removeJobs(ids);
    if (removed === 0) {
      notify(NOTHING_TO_REMOVE);
      return;
    }
    const kept = ids.length - removed;
    const rows =
      removed === 1 ? 'Removed 1 row from the list.' : `Removed ${removed} rows from the list.`;
    notify(kept === 0 ? rows : `${rows} ${kept} still at work ${kept === 1 ? 'stays' : 'stay'}.`);
  } catch (err) {
    notify(messageOf(err), 'error');
  }
}

/**
 * The main image links of the uploaded files among `ids` (list order), or null with a notice
 * when none of them is uploaded.
 */
export function linksOf(ids: readonly JobId[]): string[] | null {
  const links = uploadedLinks(useJobs.getState(), ids);
  if (links.length > 0) return links;
  notify(NO_LINKS_SELECTED);
  return null;
}

/** Says what was copied. */
export function notifyCopied(count: number): void {
  notify(count === 1 ? 'Copied the link.' : `Copied ${count} links.`);
}

/** Copy the selected rows' links through the clipboard API (the selection bar's button). */
export async function copyRows(ids: readonly JobId[]): Promise<void> {
  const links = linksOf(ids);
  if (!links) return;
  try {
    await navigator.clipboard.writeText(links.join('\n'));
    notifyCopied(links.length);
  } catch (err) {
    notify(messageOf(err), 'error');
  }
}
