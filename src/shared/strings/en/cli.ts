import { counted } from './plural';

/** The command line's lines for people watching a run. */
export const cli = {
  metadataStopped: (csv: string, problems: number): string =>
    `Nothing was sent: ${csv} has ${problems === 1 ? '1 problem' : `${problems} problems`} (listed above). Fix the file, or leave out --metadata, and run the command again.`,
  badAlt: (max: number): string =>
    `--alt must be 1 to ${max} characters of text on one line, such as --alt "A harbour at dusk".`,
  badWidths: (given: string, count: number, min: number, max: number): string =>
    `--widths must be 1 to ${count} whole numbers of pixels from ${min} to ${max}, separated by commas (such as 400,800), not "${given}".`,
  offline: (waiting: number, where: string): string =>
    `Offline: ${counted(waiting, 'file', 'files')} waiting for ImageKit at ${where}; ${
      waiting === 1 ? 'it continues' : 'they continue'
    } when the connection is back.`,
  /** Added to `offline` when the address is this computer, where the emulator usually runs. */
  offlineLoopback: (where: string, port: number, variable: string): string =>
    `${where} is this computer: if the emulator should answer there, start it with \`npm run emulator -- --port ${port}\`, or check ${variable}.`,
  offlineAuth: (waiting: number, where: string): string =>
    `Offline: ${counted(waiting, 'file', 'files')} waiting for your auth endpoint at ${where}, which signs the uploads; ${
      waiting === 1 ? 'it continues' : 'they continue'
    } when it answers.`,
  checkAuthEndpoint: 'Check IMAGEKIT_AUTH_ENDPOINT if it should answer there.',
  back: 'The connection is back; uploads continue.',
  stopped: (left: number, resumeHint: string): string =>
    `Stopped: ${left} file${left === 1 ? ' is' : 's are'} not finished. Run \`${resumeHint}\` to continue.`,
  summary: (done: number, failed: number): string => `${done} uploaded, ${failed} failed.`,
  summaryWithSkipped: (done: number, skipped: number, failed: number): string =>
    `${done} uploaded, ${skipped} skipped (uploaded before), ${failed} failed.`,
  /** Why a file was skipped: the history had it, or another file of this run is the same picture. */
  alreadyUploaded: (day: string): string => `already uploaded on ${day}`,
  samePicture: (other: string): string => `the same picture as ${other}, uploaded once`,
  noImages: 'No image files were found in the given paths.',
  nothingToResume: (dir: string): string =>
    `Nothing to resume: every file recorded in ${dir} is finished.`,
  noHistoryMatch: (dir: string): string => `No upload recorded in ${dir} matches.`,
  unreadableState: (dir: string): string =>
    `the state in ${dir} could not be read (it is damaged or not the uploader's). Check --state-dir.`,
  stateDirUnusable: (dir: string, code: string): string =>
    `the state folder ${dir} cannot be created or written (${code}). Choose a folder you can write to with --state-dir.`,
  noState: (dir: string): string =>
    `there is no state in ${dir}: nothing was uploaded with that folder. Check --state-dir, or add --create to start an empty state folder there.`,
  listening: (port: number, keyed: boolean): string =>
    `Listening on http://127.0.0.1:${port}/upload${keyed ? ' (requests need ?key=)' : ''}. Press Ctrl+C to stop.`,
  serverDidNotStart: 'the server did not start.',
  servePortHint: 'Give another port with --port (--port 0 picks a free one).',
  keyFlagRefused:
    '--key is not accepted, because every user of this computer can read a command line (ps); put the key in PICGO_SERVER_KEY, or in a file only you can read and give its path with --key-file.',
  serverKeyTwice: 'give the key once, in PICGO_SERVER_KEY or with --key-file, not both.',
  serverKeyTooShort: (source: string, min: number): string =>
    `the key in ${source} is shorter than ${min} characters; use at least ${min} letters, digits, - and _ (for example from \`openssl rand -hex 16\`).`,
  serverKeyChars: (source: string): string =>
    `the key in ${source} may hold letters, digits, - and _ only.`,
  keyFileUnreadable: (path: string, reason: string): string =>
    `the key file ${path} could not be read (${reason}); check the path given to --key-file.`,
  /** `serve`'s line per file of a request. */
  served: (path: string, url: string): string => `done    ${path} -> ${url}`,
  serveFailed: (sentence: string): string => `failed  ${sentence}`,
  serveKeyMissing:
    'This server needs a key. Add ?key=<the key serve was started with> to the address.',
  serveKeyWrong:
    'The key in the address is not the one serve was started with. Check it and try again.',
  processSummary: (done: number, failed: number, dir: string, ignored: number): string =>
    `${done} done, ${failed} failed. Results are in ${dir}.` +
    (ignored > 0
      ? ` ${ignored} other file(s) in the folders were skipped (not images, hidden, repeated or earlier results).`
      : ''),
  processStopped: (done: number, failed: number, stopped: number, dir: string): string =>
    `Stopped: ${done} done, ${failed} failed, ${stopped} not processed. Results are in ${dir}; run the command again to make the rest.`,
  outIsFile: (out: string): string => `--out "${out}" is a file, not a folder.`,
  outUnusable: (out: string, code: string): string =>
    `--out "${out}" cannot be created or written (${code}). Choose a folder you can write to.`,
  /** Said once per run for the failures that share a fix. */
  fix: (fix: string, files: number): string => `To fix ${counted(files, 'file', 'files')}: ${fix}`,
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
