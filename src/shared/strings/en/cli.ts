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
  error: (sentence: string): string => `error: ${sentence}`,
  usageError: (sentence: string): string => `error: ${sentence} Run with --help for usage.`,
  crashed: (reason: string): string => `error: the command stopped unexpectedly (${reason}).`,
  note: (sentence: string): string => `note: ${sentence}`,
};
