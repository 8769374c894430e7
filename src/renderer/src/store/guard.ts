/**
 * The one try/notify wrapper. Store actions run their calls to main (and to the clipboard)
 * through it, so a failure becomes a sentence on screen instead of an unhandled rejection.
 */
import { messageOf } from '../lib/errors';
import { notify } from './ui/actions';

/** What to do with a failure's sentence. */
export type OnFailure = (message: string) => void;

const showError: OnFailure = (message) => notify(message, 'error');

/**
 * Run `task`. A failure does not escape: its sentence (see `messageOf`) goes to `onFailure`, an
 * error notice unless the caller shows it elsewhere. Resolves to whether the task finished.
 */
export async function guard(
  task: () => Promise<unknown>,
  onFailure: OnFailure = showError,
): Promise<boolean> {
  try {
    await task();
    return true;
  } catch (err) {
    onFailure(messageOf(err));
    return false;
  }
}
