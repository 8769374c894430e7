/**
 * Pool throughput, 1 worker against 2, with the CPU each process used: a worker is not strictly
 * one core (it hashes the file on its own thread while libvips decodes on another), so on a
 * 2-core machine the ceiling for 2 workers is 2 cores divided by what one worker uses.
 */
import { loadavg } from 'node:os';
import { ImagePool, nodeWorkerLauncher } from '../src/main/core/images';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { DEFAULT_PRESETS } from '../src/shared/presets';
import { childPids, cpuMsOf, median, timed } from './measure';
import { ms, ratio, table, verdict } from './report';

export const POOL_MIN_RATIO = 1.8;

export interface PoolRun {
  readonly ms: number;
  /** CPU time of the workers and of this process during the run, in ms. */
  readonly workerCpu: number;
  readonly mainCpu: number;
}

const request = (path: string) => ({
  path,
  presets: DEFAULT_PRESETS,
  maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
});

/** Wall time and CPU for `paths` through a pool of `size` workers, started and warmed first. */
async function poolRun(size: number, paths: readonly string[], entry: string): Promise<PoolRun> {
  const pool = new ImagePool({ launcher: nodeWorkerLauncher({ entry }), size });
  try {
    await Promise.all(paths.slice(0, size).map((p) => pool.run(request(p))));
    const workerCpu = () => childPids().reduce((sum, pid) => sum + cpuMsOf(pid), 0);
    const mainCpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
    const [w0, m0] = [workerCpu(), mainCpu()];
    const { ms } = await timed(() => Promise.all(paths.map((p) => pool.run(request(p)))));
    return { ms, workerCpu: workerCpu() - w0, mainCpu: mainCpu() - m0 };
  } finally {
    await pool.close();
  }
}

/** 1 worker, then 2, `rounds` times in turn; prints the table and the target. */
export async function benchPool(
  paths: readonly string[],
  entry: string,
  rounds: number,
): Promise<void> {
  const runs: Record<1 | 2, PoolRun[]> = { 1: [], 2: [] };
  for (let round = 0; round < rounds; round += 1) {
    for (const size of [1, 2] as const) runs[size].push(await poolRun(size, paths, entry));
  }
  const mid = (size: 1 | 2, key: keyof PoolRun) => median(runs[size].map((r) => r[key]));
  const rate = (size: 1 | 2) => `${(paths.length / (mid(size, 'ms') / 1000)).toFixed(1)} photos/s`;
  const cores = (size: 1 | 2) => mid(size, 'workerCpu') / mid(size, 'ms');
  const perPhoto = (size: 1 | 2) => mid(size, 'workerCpu') / paths.length;
  const mainShare = (size: 1 | 2) => mid(size, 'mainCpu') / mid(size, 'ms');
  console.log(
    `Pool throughput (${paths.length} photos, worker processes; median of ${rounds} runs; load average ${loadavg()[0]!.toFixed(1)}):`,
  );
  console.log(
    table([
      ['workers', 'throughput', 'CPU per photo', 'cores the workers got', 'cores main used'],
      ...([1, 2] as const).map((size) => [
        String(size),
        rate(size),
        ms(perPhoto(size)),
        cores(size).toFixed(2),
        mainShare(size).toFixed(2),
      ]),
    ]),
  );
  const speedup = mid(1, 'ms') / mid(2, 'ms');
  console.log(
    `  2 workers / 1    = ${ratio(speedup)}  ${verdict(speedup >= POOL_MIN_RATIO, `>= ${ratio(POOL_MIN_RATIO)}`)}`,
  );
  // Time is photos x CPU per photo / cores, so the speedup is the product of two ratios.
  console.log(
    `    = cores got ${ratio(cores(2) / cores(1))} x CPU per photo ${ratio(perPhoto(1) / perPhoto(2))}; one worker alone keeps ${cores(1).toFixed(2)} cores busy, so 2 cores allow at most ${ratio(2 / cores(1))}\n`,
  );
}
