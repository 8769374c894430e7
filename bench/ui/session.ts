/**
 * The built renderer on a made-up batch in a fresh page: its first row timed, or the list scrolled
 * while updates arrive (./probe) with Chromium's counters read around it.
 */
import type { Browser, Page } from '@playwright/test';
import { API_METHODS } from '../../src/shared/contract';
import { DEFAULT_SETTINGS, type SettingsView } from '../../src/shared/settings';
import { perSecond, startProfile, stopProfile, threadTimes, type Hotspot } from './cdp';
import { installBenchBridge } from './page-bridge';
import type { PageGlobals } from './page-globals';
import { runProbe } from './probe';
import { PROBE_MARKS, startTrace } from './trace';
import type { Batch } from './synthetic';

export const UPDATES_PER_SECOND = 10;
/** About two rows a second of wheel scrolling at 60 frames a second. */
export const PX_PER_FRAME = 24;
/** A 1x1 PNG, standing in for each row's thumbnail. */
const PREVIEW =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SETTINGS: SettingsView = {
  ...DEFAULT_SETTINGS,
  connection: {
    ...DEFAULT_SETTINGS.connection,
    publicKey: 'public_bench',
    urlEndpoint: 'https://ik.imagekit.io/bench',
  },
  privateKey: { set: true, protection: 'os', keeping: 'saved', forgotten: null },
  picgoServer: { state: 'off' },
  testServerStatus: { state: 'off' },
  watchStatus: [],
};

/** What loading the page measured. */
export interface Load {
  /** From navigation to the first row on screen. */
  readonly firstRow: number;
  /** From asking for the snapshot to having it parsed (the app's IPC message). */
  readonly snapshot: number;
  /** From the parsed snapshot to the first row: the page's own part. */
  readonly afterSnapshot: number;
}

/** What scrolling while updates arrive measured. */
export interface Scroll {
  readonly fps: number;
  readonly longTasks: readonly number[];
  /** Tasks over 50 ms by the main thread's own CPU time: those the page itself made long. */
  readonly cpuLongTasks: number;
  /** The most CPU time one task of the main thread took. */
  readonly longestCpu: number;
  readonly scriptPerS: number;
  readonly layoutPerS: number;
}

export interface ProbeOptions {
  /** Where the page is served, with `snapshot-<rows>.json` beside it. */
  readonly url: string;
  readonly rows: number;
  readonly batch: Batch;
  /** The filter tab to open before scrolling (its name), or none for All. */
  readonly tab?: string;
  readonly seconds: number;
  readonly profile: boolean;
}

async function firstRow(page: Page): Promise<Load> {
  const handle = await page.waitForFunction(
    () => {
      const c = (globalThis as unknown as PageGlobals).__bench;
      if (!c || c.firstRowAt === null) return null;
      return { at: c.firstRowAt, asked: c.snapshotAsked ?? 0, parsed: c.snapshotParsed ?? 0 };
    },
    undefined,
    { timeout: 120_000 },
  );
  const clock = await handle.jsonValue();
  if (!clock) throw new Error('The first row never came.');
  return {
    firstRow: clock.at,
    snapshot: clock.parsed - clock.asked,
    afterSnapshot: clock.at - clock.parsed,
  };
}

/** The app on `rows` rows in a new browser context, once its first row shows. */
async function openApp(browser: Browser, url: string, rows: number) {
  // The page's meta CSP forbids fetch; the bench needs it to hand over the snapshot.
  const context = await browser.newContext({
    viewport: { width: 1180, height: 760 },
    bypassCSP: true,
  });
  try {
    const page = await context.newPage();
    page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));
    // tsx keeps function names with a helper, __name, that the functions carry into the page.
    await page.addInitScript('globalThis.__name ??= (f) => f;');
    await page.addInitScript(installBenchBridge, {
      methods: [...API_METHODS],
      settings: SETTINGS,
      preview: PREVIEW,
      snapshotUrl: `${url}snapshot-${rows}.json`,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url);
    return { context, page, cdp, load: await firstRow(page) };
  } catch (err) {
    await context.close();
    throw err;
  }
}

/** Load the app on `rows` rows and time its first row. */
export async function loadOnce(browser: Browser, url: string, rows: number): Promise<Load> {
  const app = await openApp(browser, url, rows);
  await app.context.close();
  return app.load;
}

/** Scroll the list while updates arrive, counting frames and long tasks. */
export async function probe(
  browser: Browser,
  opts: ProbeOptions,
): Promise<{ scroll: Scroll; hotspots: Hotspot[] }> {
  const { context, page, cdp } = await openApp(browser, opts.url, opts.rows);
  try {
    if (opts.tab) await page.getByRole('tab', { name: opts.tab }).click();
    // One row selected and active, as after a click: it stays in the page while scrolled away.
    await page.getByTestId('job-row').first().click();
    await page.waitForTimeout(500);
    const before = await threadTimes(cdp);
    if (opts.profile) await startProfile(cdp);
    const stopTrace = await startTrace(cdp);
    const result = await page.evaluate(runProbe, {
      updates: opts.batch.updates,
      seconds: opts.seconds,
      pxPerFrame: PX_PER_FRAME,
      everyMs: 1000 / UPDATES_PER_SECOND,
      marks: PROBE_MARKS,
    });
    const tasks = await stopTrace();
    const hotspots = opts.profile ? await stopProfile(cdp) : [];
    const rates = perSecond(before, await threadTimes(cdp), result.ms);
    return {
      scroll: {
        fps: (result.frames / result.ms) * 1000,
        longTasks: result.longTasks,
        cpuLongTasks: tasks.cpu,
        longestCpu: tasks.longestCpu,
        scriptPerS: rates.script,
        layoutPerS: rates.layout + rates.style,
      },
      hotspots,
    };
  } finally {
    await context.close();
  }
}
