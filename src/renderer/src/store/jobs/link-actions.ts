/** Adding images from links: a paste of image addresses, or a link dropped from a browser. */
import { linksInText, linksInUriList } from '../../../../shared/web-links';
import { strings } from '../../../../shared/strings';
import { uploader } from '../../bridge';
import { chooseDestination } from '../destination/actions';
import { guard } from '../guard';
import { notify } from '../ui/actions';
import { addFiles, pasteClipboard, reportAdded } from './actions';

/** Main downloads each link once, then they go on like files; a bad link fails its row alone. */
function addLinks(links: readonly string[], choose: boolean): Promise<boolean> {
  return guard(async () => {
    const destination = choose ? await chooseDestination() : undefined;
    if (destination === null) return;
    notify(strings.links.downloading(links.length));
    reportAdded(
      destination === undefined
        ? await uploader.addLinks(links)
        : await uploader.addLinks(links, destination),
    );
  });
}

/**
 * A paste: text made only of http(s) links adds those links; anything else (image data, copied
 * files, or nothing) is read from the clipboard by main, as before.
 */
export function pasteFrom(files: number, text: string): Promise<boolean> {
  const links = files === 0 ? linksInText(text) : null;
  return links ? addLinks(links, false) : pasteClipboard();
}

/**
 * A drop: files from the computer, or a link from a browser (whose image may come along as a
 * file that is on no disk, which only its link can add).
 */
export function addDrop(files: readonly File[], uriList: string): Promise<boolean> {
  const links = linksInUriList(uriList);
  const onDisk = files.filter((f) => uploader.pathForFile(f) !== '');
  if (links && onDisk.length === 0) return addLinks(links, true);
  return addFiles(files);
}
