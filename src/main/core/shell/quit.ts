/** Whether quitting should ask first, and what: a pure rule the Electron edge shows as a dialog. */
import type { BatchSummary } from '../../../shared/jobs';
import { strings } from '../../../shared/strings';

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
    message: strings.quit.stillUploading(count),
    detail: strings.quit.detail,
    keep: strings.quit.keep,
    quit: strings.quit.quit,
  };
}
