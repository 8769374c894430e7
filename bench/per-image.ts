/** Per-image timing of the pipeline against the two baselines, in this process. */
import type { Presets } from '../src/shared/presets';
import { processFile } from '../src/main/core/images/worker/process';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { floor, naive } from './baselines';
import type { CorpusImage } from './corpus';
import { median, timed } from './measure';

type Encodes = { main: number; thumb: number };

async function ours(path: string, presets: Presets): Promise<Encodes> {
  const result = await processFile({ path, presets, maxInputBytes: DEFAULT_MAX_INPUT_BYTES });
  if (!result.ok) throw new Error(`${path}: ${result.error.message}`);
  return { main: result.variants.main.info.encodes, thumb: result.variants.thumb.info.encodes };
}

export interface PerImage {
  readonly image: CorpusImage;
  readonly floor: number;
  readonly ours: number;
  readonly naive: number;
  readonly oursEncodes: Encodes;
  readonly naiveEncodes: Encodes;
}

/** Each approach runs `rounds` times per image, interleaved so drift hits all three alike. */
export async function perImage(
  images: readonly CorpusImage[],
  presets: Presets,
  rounds: number,
): Promise<PerImage[]> {
  for (const image of images.slice(0, 3)) await ours(image.path, presets); // warm-up
  const rows: PerImage[] = [];
  for (const image of images) {
    const t = { floor: [] as number[], ours: [] as number[], naive: [] as number[] };
    let oursEncodes = { main: 0, thumb: 0 };
    let naiveEncodes = { main: 0, thumb: 0 };
    for (let round = 0; round < rounds; round += 1) {
      t.floor.push((await timed(() => floor(image.path, presets))).ms);
      const o = await timed(() => ours(image.path, presets));
      t.ours.push(o.ms);
      oursEncodes = o.value;
      const n = await timed(() => naive(image.path, presets));
      t.naive.push(n.ms);
      naiveEncodes = n.value;
    }
    rows.push({
      image,
      floor: median(t.floor),
      ours: median(t.ours),
      naive: median(t.naive),
      oursEncodes,
      naiveEncodes,
    });
  }
  return rows;
}
