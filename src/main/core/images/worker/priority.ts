/**
 * The image worker runs below normal priority. Processing is the batch's CPU-heavy part and
 * can take every core for minutes; the main process (the window, the uploads in flight, the
 * journal) and the editor's other programs then still get the CPU the moment they need it, and
 * the workers take whatever is left. On a 2-core machine at normal priority, the uploads of a
 * batch waited behind processing (see docs/images.md). Lowering one's own priority needs no
 * permission on Windows, macOS or Linux; if the system refuses anyway, the worker runs as it is.
 */
import { constants, setPriority } from 'node:os';

export function lowerOwnPriority(): void {
  try {
    setPriority(constants.priority.PRIORITY_BELOW_NORMAL);
  } catch {
    // Not worth failing a batch over: the worker works the same, only less politely.
  }
}
