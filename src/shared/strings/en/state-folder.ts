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
