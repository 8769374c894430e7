/** What the Uploads view's controls do: add files, act on rows and on the batch, copy links. */
import type { JobId } from '../../../../shared/jobs';
import type { PickKind } from '../../../../shared/contract';
import { uploader } from '../../bridge';
import { notify, showView } from '../ui/actions';
import { chooseDestination } from '../destination/actions';
import { askAboutSidecar, sidecarAllows } from '../sidecar/actions';
import { copyLines } from '../clipboard';
import { guard } from '../guard';
import { useJobs } from './state';
import { rememberPreview } from './previews';
import { uploadedLinks } from './selectors';
import { strings } from '../../../../shared/strings';

const t = strings.selection;

/** Shows what adding did: the Uploads view when rows were added, else why nothing was. */
export function reportAdded(result: { added: readonly string[]; duplicates: number }): void {
  // Files added from the History view show up where they are being uploaded.
  if (result.added.length > 0) showView('uploads');
  if (result.duplicates > 0) {
    notify(strings.notices.alreadyInList(result.duplicates));
  } else if (result.added.length === 0) {
    notify(strings.notices.noImagesThere);
  }
}

/** Queue dropped files and folders. */
export function addFiles(files: readonly File[]): Promise<boolean> {
  return guard(async () => {
    const paths = files.map((f) => uploader.pathForFile(f)).filter((p) => p.length > 0);
    if (paths.length === 0) {
      notify(strings.notices.notFiles);
      return;
    }
    const destination = await chooseDestination();
    if (destination === null) return;
    // A metadata.csv in a dropped folder with problems: shown before anything is added.
    if (!(await sidecarAllows(paths, destination))) return;
    reportAdded(
      destination === undefined
        ? await uploader.addPaths(paths)
        : await uploader.addPaths(paths, undefined, destination),
    );
  });
}

/** Add what the clipboard holds: copied image files, or image data such as a screenshot. */
export function pasteClipboard(): Promise<boolean> {
  return guard(async () => {
    const result = await uploader.pasteClipboard();
    if (result.added.length > 0 || result.duplicates > 0) reportAdded(result);
    // Neither image data nor image files were on the clipboard.
    else notify(strings.notices.nothingToPaste);
  });
}

/** Open the native picker. */
export function pick(kind: PickKind): Promise<boolean> {
  return guard(async () => {
    const destination = await chooseDestination();
    if (destination === null) return;
    let result =
      destination === undefined
        ? await uploader.pick(kind)
        : await uploader.pick(kind, destination);
    if (result.sidecar) {
      if (!(await askAboutSidecar(result.sidecar.report))) return;
      result = await uploader.addPaths(result.sidecar.paths, undefined, destination);
    }
    if (result.added.length > 0 || result.duplicates > 0) reportAdded(result);
  });
}

export const cancelJob = (id: JobId): Promise<boolean> => guard(() => uploader.cancel(id));
export const retryJob = (id: JobId): Promise<boolean> => guard(() => uploader.retry(id));
export const uploadAgain = (id: JobId): Promise<boolean> => guard(() => uploader.uploadAgain(id));
export const cancelAll = (): Promise<boolean> => guard(() => uploader.cancelAll());
export const pauseAll = (): Promise<boolean> => guard(() => uploader.pauseAll());
export const resumeAll = (): Promise<boolean> => guard(() => uploader.resumeAll());
export const retryFailed = (): Promise<boolean> => guard(() => uploader.retryFailed());
export const startUploads = (): Promise<boolean> => guard(() => uploader.startUploads());
export const clearFinished = (): Promise<boolean> => guard(() => uploader.clearFinished());
export const openLink = (url: string): Promise<boolean> => guard(() => uploader.openExternal(url));

/** Copy a link to the clipboard and say so. */
export function copyLink(url: string): Promise<boolean> {
  return guard(async () => {
    await navigator.clipboard.writeText(url);
    notify(strings.notices.linkCopied);
  });
}

/** Copy the main image link of every uploaded file, one per line, in list order. */
export function copyAllLinks(urls: readonly string[]): Promise<boolean> {
  return guard(async () => {
    await navigator.clipboard.writeText(urls.join('\n'));
    notify(strings.notices.linksCopied(urls.length));
  });
}

/** Fetch a job's thumbnail preview and keep it for the row (null when there is none yet). */
export async function loadPreview(id: JobId): Promise<string | null> {
  let data: string | null;
  try {
    data = await uploader.getPreview(id);
  } catch {
    return null;
  }
  if (data) rememberPreview(id, data);
  return data;
}

// The selected rows of the Uploads list: what the keyboard and the selection bar do to them.

/** Take the finished rows among `ids` out of the list (uploads on ImageKit stay). */
export async function removeRows(ids: readonly JobId[]): Promise<void> {
  if (ids.length === 0) return;
  await guard(async () => {
    const removed = await uploader.removeJobs(ids);
    notify(removed === 0 ? t.nothingToRemove : t.removed(removed, ids.length - removed));
  });
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
  await guard(() => copyLines(links.join('\n'), links.length, 'url'));
}
