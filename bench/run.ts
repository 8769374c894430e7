/**
 * `npm run bench`: per-image time against the floor and a naive port, pool throughput, peak
 * memory over a long run, and sharp's WebAssembly build against the native one, on real photos. Prints targets with PASS/MISS; exits 0 either way
 * (machines are noisy) unless the bench itself breaks.
 */
// First, so an old Node stops with one clear line before minutes of work.
import '../scripts/check-node.mjs';
import sharp from 'sharp';
import { DEFAULT_PRESETS, type Presets } from '../src/shared/presets';
import { ImagePool, nodeWorkerLauncher } from '../src/main/core/images';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { ensureCorpus, pickPhotos, type CorpusImage } from './corpus';
import { mean, sampleRss, timed } from './measure';
import { perImage, type PerImage } from './per-image';
import { mb, ms, ratio, table, verdict } from './report';
import { wasmVsNative } from './wasm';

const ROUNDS = 3;
const POOL_IMAGES = 40;
/** Photos in the memory runs: 50 is each of them twice, so both runs meet the worst pairs. */
const RSS_PHOTOS = 25;
const RSS_SMALL = 50;
const RSS_LARGE = 500;
const presets = DEFAULT_PRESETS;
/** A cap that binds on every photo, to show the search at work. */
const TIGHT: Presets = {
  main: { ...DEFAULT_PRESETS.main, maxBytes: 30_000 },
  thumb: { ...DEFAULT_PRESETS.thumb, maxBytes: 2_000 },
};
const TIGHT_PHOTOS = 10;
/** Photos of each format for the WebAssembly comparison (it is several times slower). */
const WASM_PHOTOS_EACH = 3;
/**
 * How much slower per photo the Linux app's build may be before it counts as a regression: the
 * first measurements on the 2-core machine gave 1.6x to 1.9x; the rest is a margin for noise.
 */
const WASM_MAX_RATIO = 2.5;
const request = (path: string) => ({ path, presets, maxInputBytes: DEFAULT_MAX_INPUT_BYTES });

// The same settings as a worker process, so in-process timings compare like with like.
sharp.concurrency(1);
sharp.cache(false);

function printPerImage(
  rows: readonly PerImage[],
  title: string,
): { ours: number; floor: number; naive: number } {
  const avg = (key: 'floor' | 'ours' | 'naive', fmt?: string) =>
    mean(rows.filter((r) => !fmt || r.image.format === fmt).map((r) => r[key]));
  const encodes = (key: 'oursEncodes' | 'naiveEncodes') =>
    `${mean(rows.map((r) => r[key].main)).toFixed(2)} / ${mean(rows.map((r) => r[key].thumb)).toFixed(2)}`;
  console.log(title);
  console.log(
    table([
      ['approach', 'mean', 'JPEG', 'PNG', 'encodes main/thumb'],
      [
        'floor: decode + shrink',
        ms(avg('floor')),
        ms(avg('floor', 'jpeg')),
        ms(avg('floor', 'png')),
        '-',
      ],
      [
        'ours: read once, decode once',
        ms(avg('ours')),
        ms(avg('ours', 'jpeg')),
        ms(avg('ours', 'png')),
        encodes('oursEncodes'),
      ],
      [
        'naive: decode per variant, q-5',
        ms(avg('naive')),
        ms(avg('naive', 'jpeg')),
        ms(avg('naive', 'png')),
        encodes('naiveEncodes'),
      ],
    ]),
  );
  return { ours: avg('ours'), floor: avg('floor'), naive: avg('naive') };
}

function cycle(images: readonly CorpusImage[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => images[i % images.length]!.path);
}

/**
 * For the memory runs each photo comes twice in a row, so both workers hold it at about the same
 * time: the worst moment is then met in the short run too, and only growth (a leak,
 * fragmentation) can make the long run's peak higher.
 */
function pairs(images: readonly CorpusImage[], count: number): string[] {
  const subset = images.slice(0, RSS_PHOTOS);
  return Array.from({ length: count }, (_, i) => subset[Math.floor(i / 2) % subset.length]!.path);
}

/** Wall time for `paths` through a pool of `size` workers, started and warmed beforehand. */
async function poolRun(size: number, paths: readonly string[]): Promise<number> {
  const pool = new ImagePool({ launcher: nodeWorkerLauncher(), size });
  try {
    await Promise.all(paths.slice(0, size).map((p) => pool.run(request(p))));
    const { ms: elapsed } = await timed(() => Promise.all(paths.map((p) => pool.run(request(p)))));
    return elapsed;
  } finally {
    await pool.close();
  }
}

async function peakRss(paths: readonly string[]) {
  const pool = new ImagePool({ launcher: nodeWorkerLauncher() });
  const sampler = sampleRss();
  try {
    let failed = 0;
    // Submitted all at once, as the CLI does: only requests wait in the queue.
    await Promise.all(paths.map(async (p) => (failed += (await pool.run(request(p))).ok ? 0 : 1)));
    if (failed > 0) throw new Error(`${failed} images failed in the memory run`);
  } finally {
    await pool.close();
  }
  return sampler.stop();
}

async function main(): Promise<void> {
  ensureCorpus(console.log);
  const images = pickPhotos();
  if (images.length < 5) throw new Error(`only ${images.length} photos found in the corpus`);
  const jpegs = images.filter((i) => i.format === 'jpeg').length;
  console.log(
    `Corpus: ${images.length} photos (${jpegs} JPEG, ${images.length - jpegs} PNG), the largest of each wallpaper in plasma-workspace-wallpapers.`,
  );
  console.log(
    `Presets: main ${presets.main.format} ${presets.main.maxSide}px <= ${presets.main.maxBytes} B, thumb ${presets.thumb.format} ${presets.thumb.maxSide}px <= ${presets.thumb.maxBytes} B.\n`,
  );

  const small = await peakRss(pairs(images, RSS_SMALL));
  const large = await peakRss(pairs(images, RSS_LARGE));
  console.log('Peak resident memory (this process + 2 workers, sampled every 20 ms):');
  console.log(
    table([
      ['photos', 'parent', 'workers', 'total'],
      [String(RSS_SMALL), mb(small.parent), mb(small.workers), mb(small.total)],
      [String(RSS_LARGE), mb(large.parent), mb(large.workers), mb(large.total)],
    ]),
  );
  const growth = large.total / small.total;
  console.log(
    `  ${RSS_LARGE} / ${RSS_SMALL}         = ${ratio(growth)}  ${verdict(growth <= 1.1, '<= 1.10x, i.e. flat')}`,
  );
  console.log('');

  const rows = await perImage(images, presets, ROUNDS);
  const { ours, floor, naive } = printPerImage(
    rows,
    `Per image (median of ${ROUNDS} runs, mean over photos; one libvips thread, in one process):`,
  );
  console.log(
    `  ours / floor     = ${ratio(ours / floor)}  ${verdict(ours / floor <= 1.3, '<= 1.30x')}`,
  );
  console.log(
    `  naive / ours     = ${ratio(naive / ours)}  ${verdict(naive / ours >= 1.5, '>= 1.50x')}\n`,
  );

  // No target here: this shows what the budget search saves when the cap binds.
  const tight = await perImage(images.slice(0, TIGHT_PHOTOS), TIGHT, 1);
  const t = printPerImage(
    tight,
    `Tight budget, for information (main <= ${TIGHT.main.maxBytes} B, thumb <= ${TIGHT.thumb.maxBytes} B; ${TIGHT_PHOTOS} photos, 1 run):`,
  );
  console.log(`  naive / ours     = ${ratio(t.naive / t.ours)}\n`);

  const poolPaths = cycle(images, POOL_IMAGES);
  const one = await poolRun(1, poolPaths);
  const two = await poolRun(2, poolPaths);
  console.log(`Pool throughput (${POOL_IMAGES} photos, worker processes):`);
  console.log(
    table([
      ['1 worker', `${(POOL_IMAGES / (one / 1000)).toFixed(1)} photos/s`],
      ['2 workers', `${(POOL_IMAGES / (two / 1000)).toFixed(1)} photos/s`],
    ]),
  );
  console.log(
    `  2 workers / 1    = ${ratio(one / two)}  ${verdict(one / two >= 1.6, '>= 1.60x')}\n`,
  );

  const wasmPhotos = (['jpeg', 'png'] as const).flatMap((format) =>
    images.filter((i) => i.format === format).slice(0, WASM_PHOTOS_EACH),
  );
  const builds = await wasmVsNative(wasmPhotos, ROUNDS);
  const native = mean(builds.map((b) => b.native));
  const wasm = mean(builds.map((b) => b.wasm));
  console.log(
    `sharp's WebAssembly build (the Linux app) against the native one (median of ${ROUNDS} runs; one worker process each, round trip included):`,
  );
  console.log(
    table([
      ['photo', 'native', 'WebAssembly', 'wasm / native'],
      ...builds.map((b) => [b.image.label, ms(b.native), ms(b.wasm), ratio(b.wasm / b.native)]),
      ['mean', ms(native), ms(wasm), ratio(wasm / native)],
    ]),
  );
  const slower = wasm / native;
  console.log(
    `  wasm / native    = ${ratio(slower)}  ${verdict(slower <= WASM_MAX_RATIO, `<= ${ratio(WASM_MAX_RATIO)}`)}\n`,
  );
}

main().catch((err: unknown) => {
  console.error(`The bench broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
