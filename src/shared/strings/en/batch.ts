const failedPart = (failed: number): string => (failed > 0 ? `, ${failed} failed` : '');

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
