/**
 * The memory run, in a process of its own (bundled by bench/bundle.ts and started by
 * bench/run.ts as `node memory-run.mjs <count> <worker.mjs> <photo>...`): this process stands for main, so
 * like main it never loads sharp, and only it and the pool's workers are counted (not the
 * bench's own sharp, nor a compiler service). Prints one JSON line: the peaks of this process,
 * the workers and their sum, in bytes.
 */
import { readFileSync } from 'node:fs';
import { ImagePool, nodeWorkerLauncher } from '../src/main/core/images';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { DEFAULT_PRESETS } from '../src/shared/presets';
import { sampleRss } from './measure';

/**
 * Each photo comes twice in a row, so both workers hold it at about the same time: the worst
 * moment is then met in the short run too, and only growth (a leak, fragmentation) can make the
 * long run's peak higher.
 */
function pairs(photos: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => photos[Math.floor(i / 2) % photos.length]!);
}

/** Whether `pid` runs the worker's entry (tsx's compiler service does not). */
const runs =
  (entry: string) =>
  (pid: number): boolean => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(entry);
    } catch {
      return false;
    }
  };

async function main(): Promise<void> {
  const [count, entry, ...photos] = process.argv.slice(2);
  const pool = new ImagePool({ launcher: nodeWorkerLauncher(entry ? { entry } : {}) });
  const sampler = sampleRss(20, runs(entry ?? 'entry.ts'));
  let peak;
  try {
    let failed = 0;
    // As the pipeline's scheduler does: one file per worker at a time, the next as one ends.
    const queue = pairs(photos, Number(count));
    const lane = async (): Promise<void> => {
      for (let path = queue.shift(); path; path = queue.shift()) {
        const result = await pool.run({
          path,
          presets: DEFAULT_PRESETS,
          maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
        });
        if (!result.ok) failed += 1;
      }
    };
    await Promise.all([lane(), lane()]);
    if (failed > 0) throw new Error(`${failed} images failed in the memory run`);
  } finally {
    await pool.close();
    peak = sampler.stop();
  }
  console.log(JSON.stringify(peak));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exitCode = 1;
});
