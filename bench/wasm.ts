/**
 * sharp's WebAssembly build (what the Linux app runs) against its native build (Windows, macOS,
 * the CLI): the same photos through one worker process of each, in the same run.
 */
import {
  ImagePool,
  nodeWorkerLauncher,
  reportingSharpBuild,
  sharpRuntimeEnv,
  type SharpRuntime,
} from '../src/main/core/images';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { DEFAULT_PRESETS } from '../src/shared/presets';
import type { CorpusImage } from './corpus';
import { median, timed } from './measure';

export interface BuildTimes {
  readonly image: CorpusImage;
  /** Median milliseconds per photo, worker round trip included. */
  readonly native: number;
  readonly wasm: number;
}

const RUNTIMES: readonly SharpRuntime[] = ['native', 'wasm'];

/**
 * Each photo goes through a one-worker pool of each build, `rounds` times, the builds taking
 * turns so drift hits both alike. Throws if a worker did not load the build it was asked for.
 */
export async function wasmVsNative(
  images: readonly CorpusImage[],
  rounds: number,
): Promise<BuildTimes[]> {
  const loaded: Partial<Record<SharpRuntime, SharpRuntime[]>> = {};
  const pools = Object.fromEntries(
    RUNTIMES.map((runtime) => {
      const launcher = nodeWorkerLauncher({ env: sharpRuntimeEnv(runtime) });
      const pool = new ImagePool({
        launcher: reportingSharpBuild(launcher, (b) => (loaded[runtime] ??= []).push(b.runtime)),
        size: 1,
      });
      return [runtime, pool];
    }),
  ) as Record<SharpRuntime, ImagePool>;
  const run = async (runtime: SharpRuntime, path: string): Promise<void> => {
    const result = await pools[runtime].run({
      path,
      presets: DEFAULT_PRESETS,
      maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
    });
    if (!result.ok) throw new Error(`${path} (${runtime}): ${result.error.message}`);
  };
  try {
    // Warm-up: each worker starts, loads its sharp and makes one photo before anything is timed.
    for (const runtime of RUNTIMES) await run(runtime, images[0]!.path);
    for (const runtime of RUNTIMES) {
      if (loaded[runtime]?.join() !== runtime) {
        throw new Error(`the ${runtime} worker loaded ${loaded[runtime]?.join() ?? 'nothing'}`);
      }
    }
    const rows: BuildTimes[] = [];
    for (const image of images) {
      const times: Record<SharpRuntime, number[]> = { native: [], wasm: [] };
      for (let round = 0; round < rounds; round += 1) {
        for (const runtime of RUNTIMES) {
          times[runtime].push((await timed(() => run(runtime, image.path))).ms);
        }
      }
      rows.push({ image, native: median(times.native), wasm: median(times.wasm) });
    }
    return rows;
  } finally {
    await Promise.all(RUNTIMES.map((runtime) => pools[runtime].close()));
  }
}
