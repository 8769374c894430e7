/**
 * Runs in the page before the app, as test/e2e/harness/bridge-script.ts does: a `window.uploader`
 * that answers from a made-up batch instead of a service. The full snapshot's bytes come from the
 * bench server from the moment the page starts, as main prepares its reply while the page loads;
 * the page then pays for parsing them when it asks, as it pays for deserialising the app's IPC
 * message. It also starts the page's own clocks: long tasks, and when the first row is drawn.
 * Kept free of imports: Playwright serialises this function into the page.
 */
import type { BenchClock, PageGlobals } from './page-globals';

export function installBenchBridge(config: {
  methods: readonly string[];
  settings: unknown;
  preview: string;
  snapshotUrl: string;
}): void {
  const page = globalThis as unknown as PageGlobals;
  const listeners = new Set<(update: unknown) => void>();
  const clock: BenchClock = {
    firstRowAt: null,
    snapshotAsked: null,
    snapshotParsed: null,
    longTasks: [],
    push: (update) => {
      for (const listener of listeners) listener(update);
    },
  };
  page.__bench = clock;
  new page.PerformanceObserver((list) => {
    for (const e of list.getEntries())
      clock.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = (): void => {
    if (page.document.querySelector('[data-testid="job-row"]'))
      clock.firstRowAt = performance.now();
    else page.requestAnimationFrame(watch);
  };
  page.requestAnimationFrame(watch);

  const bridge: Record<string, unknown> = {};
  for (const method of config.methods) bridge[method] = async () => null;
  bridge.getSettings = async () => config.settings;
  const snapshotText = fetch(config.snapshotUrl).then((response) => response.text());
  bridge.getJobs = async () => {
    clock.snapshotAsked = performance.now();
    const snapshot: unknown = JSON.parse(await snapshotText);
    clock.snapshotParsed = performance.now();
    return snapshot;
  };
  bridge.getPreview = async () => config.preview;
  bridge.removeJobs = async () => 0;
  bridge.onJobs = (listener: (update: unknown) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  bridge.onMenu = () => () => {};
  bridge.onWatch = () => () => {};
  bridge.pathForFile = () => '';
  Object.defineProperty(page, 'uploader', { value: Object.freeze(bridge), writable: false });
}
