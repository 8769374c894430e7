/**
 * HEIC against JPEG per image: corpus JPEGs are re-encoded as HEIC with heif-enc (same pixels,
 * same count), and both go through the whole pipeline in this process. libheif runs as
 * WebAssembly, so the HEIC decode costs more than libjpeg's; this says how much more.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Presets } from '../src/shared/presets';
import { processFile } from '../src/main/core/images/worker/process';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import type { CorpusImage } from './corpus';
import { mean, median, timed } from './measure';

export interface HeicTiming {
  readonly image: CorpusImage;
  readonly jpeg: number;
  readonly heic: number;
}

async function once(path: string, presets: Presets): Promise<void> {
  const result = await processFile({ path, presets, maxInputBytes: DEFAULT_MAX_INPUT_BYTES });
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
}

/** Null (with the reason printed) when heif-enc is not installed. */
export async function benchHeic(
  jpegs: readonly CorpusImage[],
  presets: Presets,
  rounds: number,
): Promise<HeicTiming[] | null> {
  if (spawnSync('heif-enc', ['--help'], { stdio: 'ignore' }).error) {
    console.log(
      'HEIC / JPEG: skipped, heif-enc is not installed (apt-get install libheif-examples).\n',
    );
    return null;
  }
  const dir = await mkdtemp(join(tmpdir(), 'uploader-bench-heic-'));
  try {
    const pairs = jpegs.map((image, i) => {
      const heic = join(dir, `${i}.heic`);
      // Quality 80 is about what phones write.
      execFileSync('heif-enc', ['-q', '80', '-o', heic, image.path], { stdio: 'ignore' });
      return { image, heic };
    });
    await once(pairs[0]!.heic, presets); // warm-up: loads libheif
    const rows: HeicTiming[] = [];
    for (const { image, heic } of pairs) {
      const t = { jpeg: [] as number[], heic: [] as number[] };
      for (let round = 0; round < rounds; round += 1) {
        t.jpeg.push((await timed(() => once(image.path, presets))).ms);
        t.heic.push((await timed(() => once(heic, presets))).ms);
      }
      rows.push({ image, jpeg: median(t.jpeg), heic: median(t.heic) });
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The mean HEIC and JPEG times of `rows`. */
export function heicMeans(rows: readonly HeicTiming[]): { heic: number; jpeg: number } {
  return { heic: mean(rows.map((r) => r.heic)), jpeg: mean(rows.map((r) => r.jpeg)) };
}
