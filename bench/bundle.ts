/**
 * The worker and the memory run as the app ships code: each one bundled JavaScript file run by
 * plain Node, without the TypeScript loader the CLI uses from source (which costs each process
 * about 20 MiB). Built with esbuild (tsx's own compiler) into bench/.build (git-ignored), next to
 * node_modules so sharp resolves as it does for the app.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';

const OUT = resolve(import.meta.dirname, '.build');

async function bundle(entry: string, name: string): Promise<string> {
  const outfile = resolve(OUT, name);
  await build({
    entryPoints: [resolve(import.meta.dirname, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    // sharp picks its native build when it loads, as in the app; node:sqlite is Node's own.
    external: ['sharp', '@img/*', 'node:sqlite'],
    logLevel: 'warning',
  });
  return outfile;
}

/** Builds the image worker's entry; returns the file's path. */
export function bundleWorker(): Promise<string> {
  return bundle('../src/main/core/images/worker/entry.ts', 'image-worker.mjs');
}

/** Builds the memory run (bench/memory.ts); returns the file's path. */
export function bundleMemoryRun(): Promise<string> {
  return bundle('memory.ts', 'memory-run.mjs');
}
