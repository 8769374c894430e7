/** The memory runs (bench/memory.ts in a process of its own) and their table. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { CorpusImage } from './corpus';
import type { RssPeak } from './measure';
import { mb, ratio, table, verdict } from './report';

/** Photos in the memory runs: 50 is each of them twice, so both runs meet the worst pairs. */
const RSS_PHOTOS = 25;
export const RSS_SMALL = 50;
export const RSS_LARGE = 500;
/** Main and two workers together, at their peak. */
export const MAX_TOTAL_BYTES = 400 * 1024 * 1024;

/** One memory run of `count` photos in a fresh process; its peaks. */
async function memoryRun(
  runner: string,
  worker: string,
  photos: readonly CorpusImage[],
  count: number,
): Promise<RssPeak> {
  const paths = photos.slice(0, RSS_PHOTOS).map((p) => p.path);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [runner, String(count), worker, ...paths],
    { encoding: 'utf8', maxBuffer: 1024 * 1024 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as RssPeak;
}

/** Runs 50 and 500 photos, prints the table and the two targets. */
export async function benchMemory(
  runner: string,
  worker: string,
  photos: readonly CorpusImage[],
): Promise<void> {
  const small = await memoryRun(runner, worker, photos, RSS_SMALL);
  const large = await memoryRun(runner, worker, photos, RSS_LARGE);
  console.log(
    'Peak resident memory (main + 2 workers, bundled as the app runs them, sampled every 20 ms):',
  );
  console.log(
    table([
      ['photos', 'main', 'workers', 'total'],
      [String(RSS_SMALL), mb(small.parent), mb(small.workers), mb(small.total)],
      [String(RSS_LARGE), mb(large.parent), mb(large.workers), mb(large.total)],
    ]),
  );
  const peak = Math.max(small.total, large.total);
  console.log(
    `  peak             = ${mb(peak)}  ${verdict(peak <= MAX_TOTAL_BYTES, `<= ${mb(MAX_TOTAL_BYTES)}`)}`,
  );
  const growth = large.total / small.total;
  console.log(
    `  ${RSS_LARGE} / ${RSS_SMALL}         = ${ratio(growth)}  ${verdict(growth <= 1.1, '<= 1.10x, i.e. flat')}\n`,
  );
}
