/**
 * `npm run bench:ui`: the built renderer (out/renderer) in Debian's Chromium, headless, fed a
 * made-up batch of 1,000, 10,000 and 30,000 rows. After one load to warm the browser up, it
 * times the first row of each size, three loads a round; then it scrolls the Uploads list of
 * each size while 100 rows a second change (ten updates a second, as main pushes them) and counts
 * frames and long tasks. A last probe scrolls 30,000 rows on the "In progress" tab, whose rows
 * change as files finish. Sizes take turns within each round, so a noisy moment hits them alike;
 * medians over the rounds are printed, with the ratios against 1,000 rows and PASS/MISS. Exits 0
 * either way (machines are noisy) unless the bench itself breaks.
 *
 * Options: --rounds N (default 3), --seconds S per probe (default 5), --renderer DIR (another
 * build of the page), --profile (a CPU profile of the 30,000-row probe: the busiest functions).
 */
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS } from '../../test/e2e/harness/chromium-args';
import { serveStatic } from '../../test/e2e/harness/static-server';
import { ms, table } from '../report';
import type { Hotspot } from './cdp';
import {
  loadOnce,
  probe,
  PX_PER_FRAME,
  UPDATES_PER_SECOND,
  type Load,
  type Scroll,
} from './session';
import { syntheticBatch, type Batch } from './synthetic';
import { report, type Probe } from './verdicts';

const ROWS_PER_UPDATE = 10;
const PROBES: readonly Probe[] = [
  { rows: 1_000 },
  { rows: 10_000 },
  { rows: 30_000 },
  { rows: 30_000, tab: 'In progress' },
];
const PROFILED = 2;
const SIZES = [...new Set(PROBES.map((p) => p.rows))];
/** First-row loads of each size per round: a load is short and noisy, so it gets more turns. */
const LOADS_PER_ROUND = 3;

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
  for (const { rows } of PROBES) {
    if (batches.has(rows)) continue;
    const batch = syntheticBatch(rows, seconds * UPDATES_PER_SECOND + 10, ROWS_PER_UPDATE);
    writeFileSync(join(root, `snapshot-${rows}.json`), JSON.stringify(batch.snapshot));
    batches.set(rows, batch);
  }
  const server = await serveStatic(root);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const loads: Load[][] = SIZES.map(() => []);
  const scrolls: Scroll[][] = PROBES.map(() => []);
  let hotspots: Hotspot[] = [];
  console.log(
    `Renderer bench: ${values.renderer} in Chromium ${browser.version()} (headless), ${rounds} rounds of ${seconds} s probes;`,
  );
  console.log(
    `each probe scrolls the Uploads list ${PX_PER_FRAME} px a frame while ${UPDATES_PER_SECOND * ROWS_PER_UPDATE} rows a second change (${UPDATES_PER_SECOND} updates of ${ROWS_PER_UPDATE}).\n`,
  );
  try {
    await loadOnce(browser, server.url, SIZES[0]!);
    for (let turn = 0; turn < rounds * LOADS_PER_ROUND; turn++) {
      for (const [i, rows] of SIZES.entries())
        loads[i]!.push(await loadOnce(browser, server.url, rows));
    }
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of PROBES.entries()) {
        const profile = values.profile && round === rounds - 1 && i === PROFILED;
        const run = await probe(browser, {
          url: server.url,
          rows: p.rows,
          batch: batches.get(p.rows)!,
          tab: p.tab,
          seconds,
          profile,
        });
        scrolls[i]!.push(run.scroll);
        if (profile) hotspots = run.hotspots;
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
  report(SIZES, loads, PROBES, scrolls);
  if (hotspots.length > 0) {
    console.log('\nBusiest functions during the last 30,000-row probe (self time, sampled):');
    console.log(
      table([
        ['self', 'function', 'where'],
        ...hotspots.map((h) => [ms(h.selfMs), h.name, h.where]),
      ]),
    );
  }
}

main().catch((err: unknown) => {
  console.error(`The bench broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
