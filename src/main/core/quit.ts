/** Whether quitting should ask first, and what: a pure rule the Electron edge shows as a dialog. */
import type { BatchSummary } from '../../shared/jobs';

export interface QuitQuestion {
  /** Files that would stop uploading. */
  readonly count: number;
  readonly message: string;
  readonly detail: string;
  /** Button labels: the safe choice first (it is the default). */
  readonly keep: string;
  readonly quit: string;
}

/**
 * Files that would upload if the app stayed open: everything unfinished when uploads start by
 * themselves (waiting for the connection included), only those already sending when each
 * upload waits for the user's "Upload", and none while paused.
 */
export function filesStillUploading(summary: BatchSummary, autoUpload: boolean): number {
  if (summary.paused) return 0;
  const c = summary.counts;
  return autoUpload ? c.queued + c.processing + c.ready + c.uploading : c.uploading;
}

/** The question to ask before quitting, or null when nothing would be interrupted. */
export function quitQuestion(summary: BatchSummary, autoUpload: boolean): QuitQuestion | null {
  const count = filesStillUploading(summary, autoUpload);
  if (count === 0) return null;
  return {
    count,
    message: count === 1 ? '1 file is still uploading.' : `${count} files are still uploading.`,
    detail:
      'If you quit now, they continue the next time you open the app. ' +
      'Nothing already uploaded is lost either way.',
    keep: 'Keep uploading',
    quit: 'Quit and continue next time',
  };
}
