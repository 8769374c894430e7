/**
 * The search boxes' wait: History and Library run their search once typing pauses, and pause
 * for the same time. A timer is made only when a search is scheduled, through `timers` (the
 * page's own unless a caller passes others), so loading this module starts nothing and needs
 * no window.
 */

/** How long typing must pause before a search box's search runs. */
export const SEARCH_DELAY_MS = 300;

/** The two timer calls a debounce needs. */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The global timers, looked up at each call (so a test's fake clock applies). */
const GLOBAL_TIMERS: Timers = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DebouncedSearch {
  /**
   * Start the wait again; the search runs when it ends. Resolves once that search has run, or
   * as soon as a later call or `cancel` takes over.
   */
  schedule(): Promise<void>;
  /** Drop the search that is waiting, if any. */
  cancel(): void;
}

/** A search that runs `SEARCH_DELAY_MS` after the last of a run of calls. */
export function debouncedSearch(
  search: () => Promise<void>,
  timers: Timers = GLOBAL_TIMERS,
): DebouncedSearch {
  let handle: unknown;
  let waiting: (() => void) | undefined;
  const cancel = (): void => {
    if (waiting === undefined) return;
    timers.clearTimeout(handle);
    const settle = waiting;
    waiting = undefined;
    settle();
  };
  const schedule = (): Promise<void> => {
    cancel();
    return new Promise((resolve) => {
      waiting = resolve;
      handle = timers.setTimeout(() => {
        waiting = undefined;
        void search().then(resolve);
      }, SEARCH_DELAY_MS);
    });
  };
  return { schedule, cancel };
}
