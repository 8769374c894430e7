/** The Uploads list: rows, their status and buttons, the selection and what it can do. */
import { countedLocale } from './plural';

export const jobs = {
  label: 'Files',
  nothingHere: 'Nothing here.',
  folderTitle: 'Folder on ImageKit',
  /** The row's folder, before its size and format ("in /blog · "). */
  inFolder: (folder: string): string => `in ${folder}`,
  notAdded: 'Not added',
  animated: 'animated',
  reused: (date: string): string => `Already uploaded on ${date}`,
  preparingVariants: 'Preparing variants…',
  stoppedEarly: 'Stopped before it finished.',
  main: 'Main',
  thumb: 'Thumb',
  quality: (quality: number, encodes: number): string => `Quality ${quality}, ${encodes} encodes`,
  status: {
    waiting: 'Waiting',
    preparing: 'Preparing',
    paused: 'Paused',
    offline: 'No connection',
    ready: 'Ready',
    retrying: 'Retrying…',
    uploading: (percent: string): string => `Uploading ${percent}`,
    alreadyUploaded: 'Already uploaded',
    uploaded: 'Uploaded',
    uploadFailed: 'Upload failed',
    failed: 'Failed',
    stopped: 'Stopped',
  },
  stop: 'Stop',
  stopOf: (name: string): string => `Stop ${name}`,
  retry: 'Retry',
  retryOf: (name: string): string => `Retry ${name}`,
  uploadAgain: 'Upload again',
  uploadAgainOf: (name: string): string => `Upload ${name} again`,
  copyLink: 'Copy link',
  copyLinkOf: (name: string): string => `Copy link to ${name}`,
  open: 'Open',
  openOf: (name: string): string => `Open ${name}`,
};

export const selection = {
  label: 'Selected files',
  count: (n: number): string => `${countedLocale(n, 'file', 'files')} selected`,
  copyLinks: 'Copy links',
  remove: 'Remove from list',
  clear: 'Clear selection',
  /** After Delete: how many rows went, and how many still at work stayed. */
  removed: (removed: number, kept: number): string => {
    const rows =
      removed === 1 ? 'Removed 1 row from the list.' : `Removed ${removed} rows from the list.`;
    if (kept === 0) return rows;
    return `${rows} ${kept} still at work ${kept === 1 ? 'stays' : 'stay'}.`;
  },
  nothingToRemove:
    'Only finished rows can be removed. Stop the files still at work first, then remove them.',
  noLinks: 'None of the selected files is uploaded yet, so there is no link to copy.',
};
