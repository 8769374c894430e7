/**
 * The batch bench's runs and its table: on each link, every mode once per round in turn (so
 * drift hits them alike), medians over the rounds, and `full / max(process, upload)` against
 * its target.
 */
import { availableParallelism } from 'node:os';
import { ImagePool, nodeWorkerLauncher } from '../src/main/core/images';
import { DEFAULT_PRESETS } from '../src/shared/presets';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { startEmulatorProcess, type LinkSetting } from './emulator-process';
import { median } from './measure';
import { Prepared, runBatch, type BatchRun, type Mode } from './pipeline';
import { ratio, table, verdict } from './report';

/** The batch the pipeline runs three ways (process only, upload only, full) on each link. */
export const BATCH_PHOTOS = 34;
/** Its runs vary by ±10 % on a shared machine; five rounds steady the medians. */
export const BATCH_ROUNDS = 5;

/** How much longer than the slower stage a full batch may take. */
export const BATCH_MAX_RATIO = 1.1;

export const LINKS: readonly LinkSetting[] = [
  { label: 'fast link (CPU-bound): no limit, no latency', mbit: null, latencyMs: 0 },
  { label: 'a 20 Mbit/s, 80 ms link (CPU and link about even)', mbit: 20, latencyMs: 80 },
  { label: 'slow link (link-bound): 5 Mbit/s, 80 ms', mbit: 5, latencyMs: 80 },
];

export interface LinkResult {
  readonly link: LinkSetting;
  /** Bytes the batch uploads (both variants of every photo). */
  readonly bytes: number;
  readonly runs: Readonly<Record<Mode, readonly BatchRun[]>>;
  /** full / max(process, upload), from the medians. */
  readonly ratio: number;
}

const MODES: readonly Mode[] = ['process', 'upload', 'full'];

/** Runs the batch on each link; the worker pool is started and warmed once, before any timing. */
export async function benchBatch(
  paths: readonly string[],
  rounds: number,
  entry?: string,
  links: readonly LinkSetting[] = LINKS,
): Promise<LinkResult[]> {
  const pool = new ImagePool({ launcher: nodeWorkerLauncher(entry ? { entry } : {}) });
  const prepared = new Prepared(pool);
  const results: LinkResult[] = [];
  try {
    const presets = DEFAULT_PRESETS;
    await Promise.all(
      paths
        .slice(0, 2)
        .map((path) => pool.run({ path, presets, maxInputBytes: DEFAULT_MAX_INPUT_BYTES })),
    );
    for (const link of links) {
      const emulator = await startEmulatorProcess(link);
      const runs: Record<Mode, BatchRun[]> = { process: [], upload: [], full: [] };
      try {
        // One untimed full run: the emulator's first stores and the variants for upload-only.
        await runBatch(paths, 'full', prepared, emulator);
        for (let round = 0; round < rounds; round += 1) {
          for (const mode of MODES)
            runs[mode].push(await runBatch(paths, mode, prepared, emulator));
        }
      } finally {
        await emulator.stop();
      }
      const ms = (mode: Mode) => median(runs[mode].map((r) => r.ms));
      const ratio = ms('full') / Math.max(ms('process'), ms('upload'));
      results.push({ link, bytes: prepared.bytes, runs, ratio });
    }
  } finally {
    await pool.close();
  }
  return results;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** The runs fastest first, and the middle one (whose CPU the table shows). */
function byTime(runs: readonly BatchRun[]): { sorted: BatchRun[]; mid: BatchRun } {
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  return { sorted, mid: sorted[Math.floor(sorted.length / 2)]! };
}

/** The table for one link, with the CPU each process used in the median run of each mode. */
export function printBatch(result: LinkResult, count: number, rounds: number): void {
  const mb = (result.bytes / 1e6).toFixed(1);
  console.log(
    `Batch of ${count} photos (${mb} MB of variants), ${result.link.label} (median of ${rounds} runs):`,
  );
  const rows = MODES.map((mode) => {
    const { sorted: runs, mid } = byTime(result.runs[mode]);
    const spread = `${seconds(runs[0]!.ms)}-${seconds(runs.at(-1)!.ms)}`;
    const cpu = mid.cpu;
    return [
      mode,
      seconds(mid.ms),
      spread,
      seconds(cpu.main),
      seconds(cpu.workers),
      seconds(cpu.emulator),
    ];
  });
  console.log(
    table([['run', 'median', 'range', 'CPU main', 'CPU workers', 'CPU emulator'], ...rows]),
  );
  // What the full run spent outside the workers, and what that costs on this machine's cores:
  // the emulator's part is ImageKit's own work, here only because the bench runs it locally.
  const full = byTime(result.runs.full).mid;
  const besides = full.cpu.main + full.cpu.emulator;
  console.log(
    `  CPU besides the workers in the full run: main ${seconds(full.cpu.main)} + emulator ${seconds(full.cpu.emulator)}, about ${seconds(besides / availableParallelism())} of its time on ${availableParallelism()} cores`,
  );
  const { mbit } = result.link;
  if (mbit !== null) {
    // The link's own limit: the batch's bytes at its rate, with nothing else in the way. An
    // upload run far above it is held back by the app (too few requests at once), not the link.
    const lineMs = (result.bytes * 8) / (mbit * 1e3);
    const upload = byTime(result.runs.upload).mid.ms;
    console.log(
      `  the bytes alone need ${seconds(lineMs)} at ${mbit} Mbit/s: the upload run took ${ratio(upload / lineMs)} that`,
    );
  }
  console.log(
    `  full / max(process, upload) = ${ratio(result.ratio)}  ${verdict(result.ratio <= BATCH_MAX_RATIO, `<= ${ratio(BATCH_MAX_RATIO)}`)}\n`,
  );
}
