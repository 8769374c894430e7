import { dialog, type BrowserWindow } from 'electron';
import type { PickKind } from '../../shared/contract';
import { PICKABLE_EXTENSIONS } from '../core/paths';

/** The native picker for files or a folder; returns nothing when the user cancels. */
export async function pickPaths(win: BrowserWindow, kind: PickKind): Promise<string[]> {
  const result = await dialog.showOpenDialog(win, {
    title: kind === 'folder' ? 'Add a folder of images' : 'Add images',
    properties:
      kind === 'folder' ? ['openDirectory', 'multiSelections'] : ['openFile', 'multiSelections'],
    filters: kind === 'files' ? [{ name: 'Images', extensions: [...PICKABLE_EXTENSIONS] }] : [],
  });
  return result.canceled ? [] : result.filePaths;
}
