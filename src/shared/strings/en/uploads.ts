/** The Uploads view: header, view switch, batch bar, empty window, drop overlay and banners. */
import type { Parts } from '../parts';

const failedPart = (failed: number): string => (failed > 0 ? `, ${failed} failed` : '');

/** What the presets sentence of the empty window needs, already formatted. */
export interface PresetFacts {
  readonly mainFormat: string;
  readonly mainSide: number;
  readonly mainBytes: string;
  readonly thumbFormat: string;
  readonly thumbSide: number;
  readonly thumbBytes: string;
}

export const header = {
  title: 'Batch Uploader',
  topFolder: 'the top folder',
  /** "Uploads to <folder> of your ImageKit library, tagged a, b". */
  uploadsTo: <T>(where: T, tags: readonly string[]): Parts<T> => [
    'Uploads to ',
    where,
    ` of your ImageKit library${tags.length > 0 ? `, tagged ${tags.join(', ')}` : ''}`,
  ],
  addImages: 'Add images…',
  addFolder: 'Add folder…',
  settings: 'Settings',
};

export const views = {
  label: 'View',
  uploads: 'Uploads',
  history: 'History',
  library: 'Library',
};

export const batch = {
  label: 'Batch progress',
  paused: (done: number, of: number, failed: number): string =>
    `Paused: ${done} of ${of} uploaded${failedPart(failed)}`,
  active: (done: number, of: number, failed: number): string =>
    `${done} of ${of} uploaded${failedPart(failed)}`,
  ready: (ready: number, done: number, failed: number): string =>
    `${ready} ready to upload${done > 0 ? `, ${done} uploaded` : ''}${failedPart(failed)}`,
  finished: (done: number, failed: number): string =>
    `Finished: ${done} uploaded${failedPart(failed)}`,
  allUploaded: (done: number): string => `All ${done} uploaded`,
  nothing: 'Nothing to upload',
  /** The bar's spoken value, from two percentages ("40%"). */
  meter: (done: string, failed: string): string => `${done} uploaded, ${failed} failed`,
  sent: (bytes: string): string => `${bytes} sent`,
  lessThanMinute: 'less than a minute left',
  aboutMinutes: (minutes: number): string => `about ${minutes} min left`,
  aboutHours: (hours: number, minutes: number): string => `about ${hours} h ${minutes} min left`,
  retryFailed: (n: number): string => `Retry failed (${n})`,
  copyLinks: (n: number): string => (n === 1 ? 'Copy link' : `Copy ${n} links`),
  resumeAll: 'Resume all',
  pauseAll: 'Pause all',
  stopAll: 'Stop all',
  clearFinished: 'Clear finished',
};

export const tabs = {
  label: 'Show',
  all: 'All',
  active: 'In progress',
  failed: 'Failed',
  done: 'Uploaded',
};

export const empty = {
  title: 'Drop images or folders here',
  /** `formats` lists what is accepted ("JPEG, PNG … images and SVG drawings"). */
  formats: (formats: string): string => `${formats}, as many as you like.`,
  presets: (p: PresetFacts): string =>
    `Each becomes a ${p.mainFormat} main image (up to ${p.mainSide} px, ${p.mainBytes}) and a ` +
    `${p.thumbFormat} thumbnail (${p.thumbSide} px, ${p.thumbBytes}), then both are uploaded.`,
  chooseImages: 'Choose images…',
  chooseFolder: 'Choose a folder…',
  dropOverlay: 'Drop to add images and folders',
};

export const banners = {
  connect: 'Connect to ImageKit to upload.',
  processedWaiting: (n: number): string =>
    `${n} ${n === 1 ? 'image is' : 'images are'} processed and waiting.`,
  addNow: 'You can add images now; they are prepared while you set up.',
  openSettings: 'Open settings',
  readyToUpload: (n: number): string => `${n} ready to upload.`,
  autoUploadOff: 'Automatic upload is off.',
  upload: (n: number): string => `Upload ${n}`,
  offline: 'Offline:',
  offlineWaiting: (n: number): string =>
    n === 1
      ? '1 file waiting; it continues when the connection is back.'
      : `${n} files waiting; they continue when the connection is back.`,
  checking: 'Checking the connection every few seconds',
};
