/**
 * What a retry after a failed upload costs: reading the variants back from the spill, against
 * processing the file again. The pipeline spills (src/main/core/jobs/spill.ts) because of this.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processFile } from '../src/main/core/images/worker/process';
import { SpillFolder } from '../src/main/core/jobs/spill';
import { DEFAULT_MAX_INPUT_BYTES } from '../src/main/core/paths/collect';
import { DEFAULT_PRESETS } from '../src/shared/presets';
import type { CorpusImage } from './corpus';
import { mean, median, timed } from './measure';
import { ms, ratio } from './report';

/** Mean over `photos` of the median of `rounds` timings of each way back. */
export async function benchRetry(photos: readonly CorpusImage[], rounds: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'uploader-bench-spill-'));
  const spill = SpillFolder.open(join(dir, 'spill'));
  const again: number[] = [];
  const back: number[] = [];
  try {
    for (const photo of photos) {
      const request = {
        path: photo.path,
        presets: DEFAULT_PRESETS,
        maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
      };
      const times = { again: [] as number[], back: [] as number[] };
      for (let round = 0; round < rounds; round += 1) {
        const made = await timed(() => processFile(request));
        if (!made.value.ok) throw new Error(`${photo.label}: ${made.value.error.message}`);
        times.again.push(made.ms);
        const encoded = { variants: made.value.variants, sourceHash: made.value.sourceHash };
        // The write happens when the upload fails; the retry pays for the read.
        const handle = await spill.write(encoded);
        const read = await timed(async () => (await handle?.read()) ?? null);
        if (!read.value) throw new Error(`${photo.label}: the spill lost its variants`);
        times.back.push(read.ms);
        await handle?.remove();
      }
      again.push(median(times.again));
      back.push(median(times.back));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const a = mean(again);
  const b = mean(back);
  console.log(`Retry after a failed upload (${photos.length} photos, median of ${rounds} runs):`);
  console.log(
    `  read back from the spill ${ms(b)}, process again ${ms(a)}: the spill is ${ratio(a / b)} cheaper, so the pipeline spills\n`,
  );
}
