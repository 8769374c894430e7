import { counted } from './plural';

/** Watch folders: Settings, the header, the offer of files already there, and their failures. */
export const watch = {
  cannotWatch: (path: string, reason: string): string =>
    `${path} cannot be watched (${reason}). Check that the folder exists and can be read, or remove it from Settings → Watch folders.`,
  stopped: (path: string, reason: string): string =>
    `Watching ${path} stopped (${reason}). Check that the folder still exists, then switch it off and on in Settings → Watch folders.`,
  notAbsolute: 'A watch folder must be a full path to a folder on this computer.',
  notInList: (path: string): string =>
    `${path} is not a watch folder. Add it with Settings → Watch folders → Add folder….`,
  alreadyWatched: (path: string): string => `${path} is already a watch folder.`,
  tooMany: (max: number): string =>
    `At most ${max} folders can be watched. Remove one in Settings → Watch folders first.`,
  notAFolder: (path: string): string =>
    `${path} is not a folder. Choose a folder to watch in Settings → Watch folders → Add folder….`,
  // Settings → Watch folders
  section: 'Watch folders',
  intro:
    'New images saved in these folders (an export folder, say) upload on their own once they are completely written. Renaming or removing a file sends nothing, and a picture uploaded before is skipped.',
  add: 'Add folder…',
  none: 'No folder is watched.',
  destination: 'Uploads to',
  tags: 'Tags',
  on: 'Watch',
  save: 'Save',
  remove: 'Remove',
  removeLabel: (name: string): string => `Stop watching ${name} and remove it`,
  stateOff: 'Off',
  stateWatching: (added: number): string =>
    added === 0 ? 'Watching' : `Watching · ${counted(added, 'file', 'files')} added`,
  // The header
  indicator: (folders: number): string =>
    folders === 1 ? 'Watching 1 folder' : `Watching ${folders} folders`,
  indicatorTitle: (names: readonly string[]): string =>
    `New images in ${names.join(', ')} upload on their own. Settings → Watch folders.`,
  // The offer of images that were already there
  offer: (count: number, name: string): string =>
    `${counted(count, 'image was', 'images were')} already in ${name} when watching started.`,
  uploadThem: 'Upload them',
  leaveThem: 'Leave them',
  // The batch name on rows a watch added
  batch: (name: string): string => `Watch: ${name}`,
  // The notification when the files a watch added have finished
  notificationTitle: (name: string): string => `Watch folder ${name}`,
  notificationBody: (uploaded: number, skipped: number, failed: number): string =>
    [
      `${counted(uploaded, 'image', 'images')} uploaded`,
      ...(skipped > 0 ? [`${skipped} uploaded before, skipped`] : []),
      ...(failed > 0 ? [`${failed} failed: see the list`] : []),
    ].join('; ') + '.',
};
