import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PickKind } from '../../shared/contract';
import { PRIVATE_FILE_MODE } from '../core/common/private-file';
import { PICKABLE_EXTENSIONS } from '../core/paths/collect';
import { strings } from '../../shared/strings';

const d = strings.nativeDialogs;

/** The native picker for files or a folder; returns nothing when the user cancels. */
export async function pickPaths(win: BrowserWindow, kind: PickKind): Promise<string[]> {
  const result = await dialog.showOpenDialog(win, {
    title: kind === 'folder' ? d.addFolder : d.addImages,
    properties:
      kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters:
      kind === 'files' ? [{ name: d.imagesFilter, extensions: [...PICKABLE_EXTENSIONS] }] : [],
  });
  return result.canceled ? [] : result.filePaths;
}

const SAVE_FILTERS: Record<string, Electron.FileFilter> = {
  '.csv': { name: d.csvFilter, extensions: ['csv'] },
  '.json': { name: d.jsonFilter, extensions: ['json'] },
};

/** The native "Save as" dialog, then the write; the chosen path, or null when cancelled. */
export async function saveFile(
  win: BrowserWindow,
  suggestedName: string,
  contents: string,
): Promise<string | null> {
  const filter = SAVE_FILTERS[extname(suggestedName).toLowerCase()];
  const result = await dialog.showSaveDialog(win, {
    title: d.exportHistory,
    defaultPath: suggestedName,
    filters: filter ? [filter] : [],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (result.canceled || !result.filePath) return null;
  // The history holds local paths and links: a new file is for its owner only.
  await writeFile(result.filePath, contents, { encoding: 'utf8', mode: PRIVATE_FILE_MODE });
  return result.filePath;
}

/** A warning the person should see once (the saved state was moved aside or cannot be written). */
export function showWarning(win: BrowserWindow, message: string): void {
  void dialog.showMessageBox(win, {
    type: 'warning',
    title: d.warningTitle,
    message,
    buttons: [d.ok],
  });
}

/** The one box a failed start shows; Electron allows it even before the app is ready. */
export function showFatal(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}
