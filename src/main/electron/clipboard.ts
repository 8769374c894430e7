/** The system clipboard, for pasting: copied files as paths, image data as a file written once. */
import { app, clipboard } from 'electron';
import { fileFormatFor, parseClipboardFiles } from '../core/clipboard/files';
import { writePastedImage } from '../core/clipboard/paste-file';

/** The MIME name Electron reads a platform's own clipboard format under. */
function rawFormat(format: string): string {
  return format === 'text/uri-list'
    ? format
    : `electron application/osclipboard;format="${format}"`;
}

/** The bytes the clipboard holds under `mime`, or null when it holds none. */
async function readBytes(mime: string): Promise<Uint8Array | null> {
  if (!(await clipboard.has(mime))) return null;
  for (const item of await clipboard.read()) {
    try {
      const data = await item.getType(mime);
      if (data instanceof Blob) return new Uint8Array(await data.arrayBuffer());
    } catch {
      // This entry does not carry the format; another may.
    }
  }
  return null;
}

/** Paths of files copied in the file manager, in the platform's own clipboard format. */
export async function readClipboardFiles(): Promise<readonly string[]> {
  const format = fileFormatFor(process.platform);
  if (format === null) return [];
  const data = await readBytes(rawFormat(format));
  return data === null ? [] : parseClipboardFiles(format, data, process.platform);
}

/** Write the clipboard's image (PNG) to `<userData>/pastes/`; null when it holds none. */
export async function readClipboardImage(): Promise<string | null> {
  const png = await readBytes('image/png');
  if (png === null || png.byteLength === 0) return null;
  return writePastedImage(app.getPath('userData'), png);
}
