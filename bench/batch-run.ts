/**
 * `npm run bench:batch` (also part of `npm run bench`): the batch against the slower of CPU and
 * link (./batch). A process of its own, because this process stands in for the app's main
 * process: it must not carry the heap and the sharp the per-image runs leave in `bench/run.ts`.
 */
import '../scripts/check-node.mjs';
import { BATCH_PHOTOS, BATCH_ROUNDS, benchBatch, printBatch } from './batch';
import { bundleWorker } from './bundle';
import { ensureCorpus, pickBatch } from './corpus';
import { loadAverages } from './report';

async function main(): Promise<void> {
  ensureCorpus(console.log);
  const worker = await bundleWorker();
  const batch = pickBatch(BATCH_PHOTOS).map((photo) => photo.path);
  console.log(`Load average at the start of the batch: ${loadAverages()}\n`);
  for (const result of await benchBatch(batch, BATCH_ROUNDS, worker)) {
    printBatch(result, batch.length, BATCH_ROUNDS);
  }
}

main().catch((err: unknown) => {
  console.error(`The bench broke: ${err instanceof Error ? err.stack : String(err)}`);
  process.exitCode = 1;
});
