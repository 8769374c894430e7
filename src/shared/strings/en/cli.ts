import { counted } from './plural';

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
  keyFlagRefused:
    '--key is not accepted, because every user of this computer can read a command line (ps); put the key in PICGO_SERVER_KEY, or in a file only you can read and give its path with --key-file.',
  serverKeyTwice: 'give the key once, in PICGO_SERVER_KEY or with --key-file, not both.',
  serverKeyTooShort: (source: string, min: number): string =>
    `the key in ${source} is shorter than ${min} characters; use at least ${min} letters, digits, - and _ (for example from \`openssl rand -hex 16\`).`,
  serverKeyChars: (source: string): string =>
    `the key in ${source} may hold letters, digits, - and _ only.`,
  keyFileUnreadable: (path: string, reason: string): string =>
    `the key file ${path} could not be read (${reason}); check the path given to --key-file.`,
  error: (sentence: string): string => `error: ${sentence}`,
  usageError: (sentence: string): string => `error: ${sentence} Run with --help for usage.`,
  crashed: (reason: string): string => `error: the command stopped unexpectedly (${reason}).`,
  note: (sentence: string): string => `note: ${sentence}`,
  /** After a file name: the source was animated, and only its first frame was made. */
  firstFrame: 'animated: first frame only',
  watchNotFolder: (given: string): string => `${given} is not a folder; name the folder to watch.`,
  watchLeft: (n: number, dir: string): string =>
    `${counted(n, 'image was', 'images were')} already in ${dir} and ${
      n === 1 ? 'was' : 'were'
    } left alone; run \`npm run cli -- upload\` on the folder to send ${n === 1 ? 'it' : 'them'}.`,
  watching: (dir: string): string => `Watching ${dir} for new images. Press Ctrl+C to stop.`,
  watchStopped: (dir: string, reason: string): string =>
    `error: ${dir} can no longer be watched (${reason}); check that it still exists and is readable, then run watch again.`,
};
