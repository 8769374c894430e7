import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { workerHandle } from './handle';
import type { WorkerLauncher } from './protocol';
import type { SharpBuild } from './sharp-runtime';

export interface NodeLauncherOptions {
  /** The worker entry; defaults to worker/entry.ts next to this file. */
  readonly entry?: string;
  /** Extra environment for the worker (merged over this process's). */
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * glibc gives threads their own malloc arenas and rarely hands their memory back; with libvips'
 * threads a worker's peak then creeps up file after file (318 to 495 MiB over 200 photos). One
 * arena kept it flat (220 to 227 MiB over 400) at the same speed. glibc also raises its mmap
 * threshold after the first large block is freed, so later images' buffers come from the heap
 * and stay resident: a worker sat at 150-158 MiB between files. A fixed 64 KiB threshold maps
 * every large buffer on its own and returns it when freed (back to about 100 MiB between files,
 * and peaks 20-30 MiB lower); see docs/images.md. Only glibc reads these variables.
 */
export const WORKER_ENV: NodeJS.ProcessEnv = {
  MALLOC_ARENA_MAX: '1',
  MALLOC_MMAP_THRESHOLD_: '65536',
  MALLOC_TRIM_THRESHOLD_: '65536',
};

function tsxLoaderUrl(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
}

/** Launches workers as Node child processes (for the CLI, tests and the bench). */
export function nodeWorkerLauncher(opts: NodeLauncherOptions = {}): WorkerLauncher {
  // Built from the directory (not `new URL('./x', import.meta.url)`) so bundlers leave it alone.
  const entry = opts.entry ?? join(dirname(fileURLToPath(import.meta.url)), 'worker', 'entry.ts');
  // A .ts entry runs through tsx, as the CLI itself does; a built .js entry needs nothing.
  // Resolved from here, not from the working directory, so the CLI works from any folder.
  const execArgv = entry.endsWith('.ts') ? ['--import', tsxLoaderUrl()] : [];
  return () => {
    const child = fork(entry, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: { ...WORKER_ENV, ...process.env, ...opts.env },
    });
    return workerHandle(child, {
      // A worker that just died cannot take messages; its exit event fails the job instead.
      post: (msg) => {
        if (child.connected) child.send(msg);
      },
      kill: () => {
        child.kill('SIGKILL');
      },
    });
  };
}

/** Wraps a launcher so that `onBuild` hears which sharp each worker it starts runs. */
export function reportingSharpBuild(
  launcher: WorkerLauncher,
  onBuild: (build: SharpBuild) => void,
): WorkerLauncher {
  return () => {
    const handle = launcher();
    handle.onMessage((msg) => {
      if (msg.type === 'ready') onBuild(msg.sharp);
    });
    return handle;
  };
}
