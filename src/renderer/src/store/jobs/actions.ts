import type { JobId } from '../../../../shared/jobs';
import type { PickKind } from '../../../../shared/contract';
import { uploader } from '../../bridge';
import { messageOf } from '../../lib/errors';
import { notify, showView } from '../ui/state';
import { chooseDestination } from '../destination/state';
import { strings } from '../../../../shared/strings';

async function run(task: () => Promise<unknown>): Promise<void> {
  try {
    await task();
  } catch (err) {
    notify(messageOf(err), 'error');
  }
}

function reportAdded(result: { added: readonly string[]; duplicates: number }): void {
  // Files added from the History view show up where they are being uploaded.
  if (result.added.length > 0) showView('uploads');
  if (result.duplicates > 0) {
    notify(strings.notices.alreadyInList(result.duplicates));
  } else if (result.added.length === 0) {
    notify(strings.notices.noImagesThere);
  }
}

/** Queue dropped files and folders. */
export function addFiles(files: readonly File[]): Promise<void> {
  return run(async () => {
    const paths = files.map((f) => uploader.pathForFile(f)).filter((p) => p.length > 0);
    if (paths.length === 0) {
      notify(strings.notices.notFiles);
      return;
    }
    const destination = await chooseDestination();
    if (destination === null) return;
    reportAdded(
      destination === undefined
        ? await uploader.addPaths(paths)
        : await uploader.addPaths(paths, undefined, destination),
    );
  });
}

/** Said when Ctrl/Cmd+V finds neither image data nor image files on the clipboard. */
export const NOTHING_TO_PASTE = strings.notices.nothingToPaste;

/** Add what the clipboard holds: copied image files, or image data such as a screenshot. */
export function pasteClipboard(): Promise<void> {
  return run(async () => {
    const result = await uploader.pasteClipboard();
    if (result.added.length === 0 && result.duplicates === 0) notify(NOTHING_TO_PASTE);
    else reportAdded(result);
  });
}

/** Open the native picker. */
export function pick(kind: PickKind): Promise<void> {
  return run(async () => {
    const destination = await chooseDestination();
    if (destination === null) return;
    const result =
      destination === undefined
        ? await uploader.pick(kind)
        : await uploader.pick(kind, destination);
    if (result.added.length > 0 || result.duplicates > 0) reportAdded(result);
  });
}

export const cancelJob = (id: JobId): Promise<void> => run(() => uploader.cancel(id));
export const retryJob = (id: JobId): Promise<void> => run(() => uploader.retry(id));
export const uploadAgain = (id: JobId): Promise<void> => run(() => uploader.uploadAgain(id));
export const cancelAll = (): Promise<void> => run(() => uploader.cancelAll());
export const pauseAll = (): Promise<void> => run(() => uploader.pauseAll());
export const resumeAll = (): Promise<void> => run(() => uploader.resumeAll());
export const retryFailed = (): Promise<void> => run(() => uploader.retryFailed());
export const startUploads = (): Promise<void> => run(() => uploader.startUploads());
export const clearFinished = (): Promise<void> => run(() => uploader.clearFinished());
export const openLink = (url: string): Promise<void> => run(() => uploader.openExternal(url));

/** Copy a link to the clipboard and say so. */
export function copyLink(url: string): Promise<void> {
  return run(async () => {
    await navigator.clipboard.writeText(url);
    notify(strings.notices.linkCopied);
  });
}

/** Copy the main image link of every uploaded file, one per line, in list order. */
export function copyAllLinks(urls: readonly string[]): Promise<void> {
  return run(async () => {
    await navigator.clipboard.writeText(urls.join('\n'));
    notify(strings.notices.linksCopied(urls.length));
  });
}

/** Fetch a job's thumbnail preview (null when there is none yet). */
export async function loadPreview(id: JobId): Promise<string | null> {
  try {
    return await uploader.getPreview(id);
  } catch {
    return null;
  }
}
