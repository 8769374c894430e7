/**
 * The few page globals the bench's in-page functions use. The bench is type-checked as Node code
 * (no DOM library, so main's code cannot lean on page globals by mistake); these functions run in
 * Chromium and reach the page through `globalThis` cast to this shape.
 */
export interface PageElement {
  scrollTop: number;
  readonly scrollHeight: number;
  readonly clientHeight: number;
}

/** What the bench's page side needs from the window. */
export interface PageGlobals {
  readonly document: { querySelector(selector: string): PageElement | null };
  requestAnimationFrame(callback: (now: number) => void): number;
  readonly PerformanceObserver: new (
    callback: (list: { getEntries(): Array<{ startTime: number; duration: number }> }) => void,
  ) => { observe(options: { type: string; buffered: boolean }): void };
  __bench?: BenchClock;
  __name?: unknown;
  uploader?: unknown;
}

/** The page's clocks and the hook that delivers an update, set up before the app starts. */
export interface BenchClock {
  firstRowAt: number | null;
  snapshotAsked: number | null;
  snapshotParsed: number | null;
  readonly longTasks: Array<{ start: number; duration: number }>;
  push(update: unknown): void;
}
