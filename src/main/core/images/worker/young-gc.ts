/**
 * A young-generation collection after each file. The file's bytes (up to 256 MiB), the decoded
 * pixels and sharp's output are ArrayBuffers whose memory V8 frees only when it collects their
 * small JS handles, and it is in no hurry to: between files a worker kept 20-30 MiB of buffers it
 * no longer used, on top of the next file's peak. Those handles die young, so a scavenge frees
 * them, in about half a millisecond (a full collection takes 12-50 ms). Measured in the bench:
 * the pair of workers' peak fell from about 295 to 251 MiB (see docs/images.md, "Memory").
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options: { readonly type: 'minor' }) => void;

/** Returns a function that runs a scavenge, or does nothing where V8 will not expose one. */
export function youngCollector(): () => void {
  try {
    // The same switch as node --expose-gc, thrown once the process runs; no flag is needed at
    // launch, which Electron's utility process would not take from us.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as Gc;
    return () => gc({ type: 'minor' });
  } catch {
    return () => undefined;
  }
}
