/** What the main process says outside the page: native dialogs, notifications, the CLI. */
import { counted } from './plural';

export const quit = {
  stillUploading: (count: number): string =>
    count === 1 ? '1 file is still uploading.' : `${count} files are still uploading.`,
  detail:
    'If you quit now, they continue the next time you open the app. ' +
    'Nothing already uploaded is lost either way.',
  keep: 'Keep uploading',
  quit: 'Quit and continue next time',
};

export const updates = {
  restart: 'Restart to update',
  later: 'Later',
  ready: (version: string): string => `Version ${version} is ready to install.`,
  detail: 'Restart now to use it, or it installs the next time you quit the app.',
};

export const nativeDialogs = {
  windowTitle: 'Batch Uploader for ImageKit',
  warningTitle: 'Batch Uploader',
  ok: 'OK',
  addFolder: 'Add a folder of images',
  addImages: 'Add images',
  imagesFilter: 'Images',
  exportHistory: 'Export upload history',
  csvFilter: 'CSV (spreadsheets)',
  jsonFilter: 'JSON',
  batchFinished: 'Batch finished',
  batchFinishedBody: (done: number, failed: number): string =>
    failed > 0
      ? `${done} uploaded, ${failed} failed. Open the app to see why.`
      : `${done} uploaded.`,
};

/** Sentences about the state folder (journal and history), for the app's dialogs and the CLI. */
export const stateFolder = {
  movedAside: (file: string, movedTo: string): string =>
    `The saved state in ${file} could not be read (it is damaged or not the uploader's), so it was moved to ${movedTo} and a new one was started. Earlier history is in that file if you need it.`,
  readOnly: (dir: string): string =>
    `The state folder ${dir} cannot be written (it is read-only or the disk is full). This batch continues, but the list and the history of uploads will not be saved; free some space or fix the folder's permissions.`,
  writeFailed: (dir: string): string =>
    `Saving the state in ${dir} failed (the disk may be full or read-only). The batch continues, but from now on the list and the history are kept in memory only; free some space and start again to save them.`,
  newerSchema: (file: string): string =>
    `The saved state in ${file} was written by a newer version of the uploader. Update this one to see that history; until then this batch is kept in memory only.`,
  locked: (dir: string): string =>
    `The state folder ${dir} is in use by another copy of the uploader (the app or the command line). Close the other one first, or give this one its own folder with --state-dir.`,
  /** Added to `locked` in the window, which goes on without saving. */
  inMemory: (sentence: string): string => `${sentence} This window keeps its list in memory only.`,
  vanished:
    'This file was moved or deleted since the batch started, so it was not finished. If it still exists somewhere, add it again from there.',
  changed:
    'This file changed since the batch started, so the rest of it was not uploaded. Press Retry to upload it as it is now.',
};

/** What the app says when it cannot start, or starts after repairing a file of its own. */
export const startup = {
  failedTitle: 'Batch Uploader could not start',
  noSqlite:
    'This copy of the app has no SQLite database engine, which it needs to keep the list of files and the upload history. Reinstall the app from its installer; when running it from source, use Node.js 22.13 or newer.',
  failed: (what: string): string =>
    `Something went wrong while the app was starting: ${what} Open the app again; if this keeps happening, reinstall it.`,
  settingsMovedAside: (file: string, movedTo: string): string =>
    `The settings in ${file} could not be read (the file is damaged), so it was moved to ${movedTo} and the app started with its default settings. Set up the ImageKit connection again in Settings.`,
};

/** The command line's lines for people watching a run. */
export const cli = {
  offline: (waiting: number, where: string): string =>
    `Offline: ${counted(waiting, 'file', 'files')} waiting for ImageKit at ${where}; ${
      waiting === 1 ? 'it continues' : 'they continue'
    } when the connection is back.`,
  back: 'The connection is back; uploads continue.',
  stopped: (left: number, resumeHint: string): string =>
    `Stopped: ${left} file${left === 1 ? ' is' : 's are'} not finished. Run \`${resumeHint}\` to continue.`,
  summary: (done: number, failed: number): string => `${done} uploaded, ${failed} failed.`,
  summaryWithSkipped: (done: number, skipped: number, failed: number): string =>
    `${done} uploaded, ${skipped} skipped (uploaded before), ${failed} failed.`,
  noImages: 'No image files were found in the given paths.',
  nothingToResume: (dir: string): string =>
    `Nothing to resume: every file recorded in ${dir} is finished.`,
  noHistoryMatch: (dir: string): string => `No upload recorded in ${dir} matches.`,
  listening: (port: number, keyed: boolean): string =>
    `Listening on http://127.0.0.1:${port}/upload${keyed ? ' (requests need ?key=)' : ''}. Press Ctrl+C to stop.`,
  serverDidNotStart: 'the server did not start.',
  error: (sentence: string): string => `error: ${sentence}`,
  usageError: (sentence: string): string => `error: ${sentence} Run with --help for usage.`,
  crashed: (reason: string): string => `error: the command stopped unexpectedly (${reason}).`,
  note: (sentence: string): string => `note: ${sentence}`,
};
