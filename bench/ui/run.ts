/**
 * `npm run bench:ui`: the built renderer (out/renderer) in Debian's Chromium, headless, fed a
 * made-up batch of 1,000, 10,000 and 30,000 rows. For each it times the first row, then scrolls
 * the Uploads list while 100 rows a second change (ten updates a second, as main pushes them) and
 * counts frames and long tasks. Sizes take turns within each round, so a noisy moment hits them
 * alike; medians over the rounds are printed, with the ratios against 1,000 rows and PASS/MISS.
 * Exits 0 either way (machines are noisy) unless the bench itself breaks.
 *
 * Options: --rounds N (default 3), --seconds S per probe (default 5), --renderer DIR (another
 * build of the page), --profile (a CPU profile of the largest size's probe: the busiest functions).
 */
import { chromium, type Browser } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { API_METHODS } from '../../src/shared/contract';
import { DEFAULT_SETTINGS, type SettingsView } from '../../src/shared/settings';
import { CHROMIUM_ARGS } from '../../test/e2e/harness/chromium-args';
import { serveStatic } from '../../test/e2e/harness/static-server';
import { median } from '../measure';
import { ms, ratio, table, verdict } from '../report';
import { perSecond, startProfile, stopProfile, threadTimes, type Hotspot } from './cdp';
import { installBenchBridge } from './page-bridge';
import type { PageGlobals } from './page-globals';
import { runProbe } from './probe';
import { syntheticBatch, type Batch } from './synthetic';

const SIZES = [1_000, 10_000, 30_000] as const;
const UPDATES_PER_SECOND = 10;
const ROWS_PER_UPDATE = 10;
/** About two rows a second of wheel scrolling at 60 frames a second. */
const PX_PER_FRAME = 24;
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
};

interface Sample {
  readonly firstRow: number;
  readonly snapshot: number;
  readonly fps: number;
  readonly longTasks: readonly number[];
  readonly scriptPerS: number;
  readonly layoutPerS: number;
  readonly pushed: number;
}

async function measure(
  browser: Browser,
  url: string,
  rows: number,
  batch: Batch,
  opts: { seconds: number; profile: boolean },
): Promise<{ sample: Sample; hotspots: Hotspot[] }> {
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
    const clock = await (
      await page.waitForFunction(
        () => {
          const c = (globalThis as unknown as PageGlobals).__bench;
          if (!c || c.firstRowAt === null) return null;
          return {
            firstRowAt: c.firstRowAt,
            asked: c.snapshotAsked ?? 0,
            parsed: c.snapshotParsed ?? 0,
          };
        },
        undefined,
        { timeout: 120_000 },
      )
    ).jsonValue();
    if (!clock) throw new Error('The first row never came.');
    // One row selected and active, as after a click: it stays in the page while scrolled away.
    await page.getByTestId('job-row').first().click();
    await page.waitForTimeout(500);
    const before = await threadTimes(cdp);
    if (opts.profile) await startProfile(cdp);
    const result = await page.evaluate(runProbe, {
      updates: batch.updates,
      seconds: opts.seconds,
      pxPerFrame: PX_PER_FRAME,
      everyMs: 1000 / UPDATES_PER_SECOND,
    });
    const hotspots = opts.profile ? await stopProfile(cdp) : [];
    const after = await threadTimes(cdp);
    const rates = perSecond(before, after, result.ms);
    return {
      sample: {
        firstRow: clock.firstRowAt,
        snapshot: clock.parsed - clock.asked,
        fps: (result.frames / result.ms) * 1000,
        longTasks: result.longTasks,
        scriptPerS: rates.script,
        layoutPerS: rates.layout + rates.style,
        pushed: result.pushed,
      },
      hotspots,
    };
  } finally {
    await context.close();
  }
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string', default: '3' },
      seconds: { type: 'string', default: '5' },
      renderer: { type: 'string', default: 'out/renderer' },
      profile: { type: 'boolean', default: false },
    },
  });
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const root = mkdtempSync(join(tmpdir(), 'uploader-bench-ui-'));
  cpSync(resolve(values.renderer), root, { recursive: true });
  const batches = new Map<number, Batch>();
  for (const rows of SIZES) {
    const batch = syntheticBatch(rows, seconds * UPDATES_PER_SECOND + 10, ROWS_PER_UPDATE);
    writeFileSync(join(root, `snapshot-${rows}.json`), JSON.stringify(batch.snapshot));
    batches.set(rows, batch);
  }
  const server = await serveStatic(root);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const samples = new Map<number, Sample[]>(SIZES.map((rows) => [rows, []]));
  let hotspots: Hotspot[] = [];
  console.log(
    `Renderer bench: ${values.renderer} in ${browser.version()} (headless), ${rounds} rounds of ${seconds} s probes;`,
  );
  console.log(
    `each probe scrolls the Uploads list ${PX_PER_FRAME} px a frame while ${UPDATES_PER_SECOND * ROWS_PER_UPDATE} rows a second change (${UPDATES_PER_SECOND} updates of ${ROWS_PER_UPDATE}).\n`,
  );
  try {
    for (let round = 0; round < rounds; round++) {
      for (const rows of SIZES) {
        const profile = values.profile && round === rounds - 1 && rows === SIZES.at(-1);
        const run = await measure(browser, server.url, rows, batches.get(rows)!, {
          seconds,
          profile,
        });
        samples.get(rows)!.push(run.sample);
        if (profile) hotspots = run.hotspots;
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  report(samples, rounds);
  if (hotspots.length > 0) {
    console.log(
      `\nBusiest functions during the ${count(SIZES.at(-1)!)}-row probe (self time, sampled):`,
    );
    console.log(
      table([
        ['self', 'function', 'where'],
        ...hotspots.map((h) => [ms(h.selfMs), h.name, h.where]),
      ]),
    );
  }
}

function report(samples: Map<number, Sample[]>, rounds: number): void {
  const med = (rows: number, pick: (s: Sample) => number): number =>
    median(samples.get(rows)!.map(pick));
  const rows = SIZES.map((n) => [
    count(n),
    ms(med(n, (s) => s.firstRow)),
    ms(med(n, (s) => s.snapshot)),
    med(n, (s) => s.fps).toFixed(1),
    String(med(n, (s) => s.longTasks.length)),
    ms(med(n, (s) => Math.max(0, ...s.longTasks))),
    ms(med(n, (s) => s.scriptPerS)),
    ms(med(n, (s) => s.layoutPerS)),
  ]);
  console.log(`Medians of ${rounds} rounds:`);
  console.log(
    table([
      [
        'rows',
        'first row',
        'snapshot in',
        'fps',
        'long tasks',
        'longest',
        'script/s',
        'layout+style/s',
      ],
      ...rows,
    ]),
  );
  // Ratios are taken within each round, then the median: rounds see the same machine.
  const within = (n: number, pick: (s: Sample) => number): number =>
    median(samples.get(n)!.map((s, i) => pick(s) / pick(samples.get(SIZES[0])![i]!)));
  const longTasks = (n: number): number => med(n, (s) => s.longTasks.length);
  const lines: string[][] = [];
  for (const n of SIZES.slice(1)) {
    const fps = within(n, (s) => s.fps);
    lines.push([
      `fps ${count(n)} / ${count(SIZES[0])}`,
      ratio(fps),
      verdict(fps >= 0.9, '>= 0.90x'),
    ]);
    lines.push([
      `long tasks at ${count(n)}`,
      String(longTasks(n)),
      verdict(longTasks(n) === 0, '0'),
    ]);
  }
  const first10 = within(10_000, (s) => s.firstRow);
  const first30 = within(30_000, (s) => s.firstRow);
  lines.push([
    `first row ${count(10_000)} / ${count(SIZES[0])}`,
    ratio(first10),
    verdict(first10 <= 1.5, '<= 1.50x'),
  ]);
  lines.push([
    `first row ${count(30_000)} / ${count(SIZES[0])}`,
    ratio(first30),
    'for information',
  ]);
  console.log('\nTargets (ratios within each round, median):');
  console.log(table(lines));
}

main().catch((err: unknown) => {
  console.error(`The bench broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
