/** What the keyboard (and the selection bar) do to the selected rows of the Uploads list. */
import type { JobId } from '../../../../shared/jobs';
import { uploader } from '../../bridge';
import { messageOf } from '../../lib/errors';
import { uploadedLinks, useJobs } from '../../store/jobs/state';
import { notify } from '../../store/ui/state';
import { copyLines } from '../../store/clipboard';
import { strings } from '../../../../shared/strings';

const t = strings.selection;

/** Take the finished rows among `ids` out of the list (uploads on ImageKit stay). */
export async function removeRows(ids: readonly JobId[]): Promise<void> {
  if (ids.length === 0) return;
  try {
    const removed = await uploader.removeJobs(ids);
    notify(removed === 0 ? t.nothingToRemove : t.removed(removed, ids.length - removed));
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
  notify(t.noLinks);
  return null;
}

/** Says what was copied (the same words as every other copy of links). */
export function notifyCopied(count: number): void {
  notify(strings.notices.copiedLines(count, 'url'));
}

/** Copy the selected rows' links through the clipboard API (the selection bar's button). */
export async function copyRows(ids: readonly JobId[]): Promise<void> {
  const links = linksOf(ids);
  if (!links) return;
  try {
    await copyLines(links.join('\n'), links.length, 'url');
  } catch (err) {
    notify(messageOf(err), 'error');
  }
}
