import { acceptedFormatsText, formatBytes } from '../../formats';

export const paths = {
  notFound:
    'This file or folder does not exist. Check the name and where it is, then add it again.',
  isDirectoryNamedLikeImage:
    'This is a folder, not an image, even though its name ends like one. Add the images inside it instead.',
  isDirectory:
    'This is a folder, not an image. Add the folder itself to include the images inside it.',
  integrationFolder:
    'This is a folder; the local upload server takes image files only, not folders. Send the paths of the images themselves.',
  noImages: (): string =>
    `This folder has no images in it (${acceptedFormatsText('or')}), so nothing was added from it. Check that it is the right folder.`,
  isSymlink:
    'This is a shortcut (symbolic link), not an image file. For safety shortcuts are not followed; add the file it points to instead.',
  notRegularFile:
    'This is a special system file (a device, socket or pipe), not an image. Only regular image files can be used.',
  empty:
    'This file is empty (0 bytes), so there is no picture in it. Copy or export it again and add the new file.',
  tooLarge: (bytes: number, maxBytes: number): string =>
    `This file is ${formatBytes(bytes)}, more than the ${formatBytes(maxBytes)} limit. Export a smaller version (for example a JPEG) and add that instead.`,
  noAccess:
    'You do not have permission to read this file. Change its permissions or copy it somewhere you own, then add it again.',
  noAccessFolder:
    'You do not have permission to open this folder. Change its permissions or copy it somewhere you own, then add it again.',
  linkLoop:
    'This shortcut (symbolic link) leads round in a loop and never reaches a file or folder. Add the file or folder itself.',
  vanished:
    'This file was moved or deleted before it could be read. If it still exists somewhere, add it again from there.',
  replaced:
    'This file, or a folder above it, was moved or replaced by a shortcut after it was added, so it was not read. Add it again from where it is now.',
  changedWhileReading:
    'This file changed while it was being read (it may still be copying). Wait until it is complete, then try again.',
  readFailed: (reason: string): string =>
    `This file could not be read (${reason}). Check that the disk or network drive is still connected, then try again.`,
  writeFailed: (reason: string): string =>
    `The results could not be saved in the output folder (${reason}). Check that it is writable and has free space, then try again.`,
  notAbsolute:
    'This path is not a full path from the top of a drive, so the app cannot tell which file it means. Add the file with "Add images…" or by dropping it on the window.',
  networkPath:
    'This is a network or device path. For safety such paths are only accepted when chosen with "Add images…" or dropped on the window; add it one of those ways.',
  tooManyFiles: (max: number): string =>
    `Only the first ${max.toLocaleString('en-US')} files were added at once; the rest of this folder was left out. Add its subfolders one at a time for the rest.`,
  hiddenCharacters:
    'This name holds invisible control, line-break or text-direction characters (shown here as \\u codes), which can make it read as another name. Rename the file, then add it again.',
  tooDeep: 'This folder is nested too deeply to search. Add a folder closer to the images instead.',
};
