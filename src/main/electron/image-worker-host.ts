import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { WORKER_ENV } from '../core/images/launcher';
import { workerHandle } from '../core/images/handle';
import type { WorkerLauncher } from '../core/images/protocol';
import { sharpRuntimeEnv, sharpRuntimeFor } from '../core/images/sharp-runtime';

/**
 * Launches the image worker as an Electron utility process: sharp runs there, never in main,
 * where its GLib can clash with the system's on Linux and a crash would take the app down.
 */
export function utilityWorkerLauncher(): WorkerLauncher {
  const entry = join(import.meta.dirname, 'image-worker.js');
  // A utility process runs on Electron's binary too, so on Linux it gets sharp's WebAssembly
  // build; set last, so an inherited variable cannot bring the crashing native build back.
  const runtime = sharpRuntimeEnv(sharpRuntimeFor({ platform: process.platform, electron: true }));
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: 'Image worker',
      stdio: 'inherit',
      // Keeps glibc from growing one heap per thread in a long batch (see docs/images.md).
      env: { ...WORKER_ENV, ...process.env, ...runtime },
    });
    return workerHandle(child, {
      post: (msg) => child.postMessage(msg),
      kill: () => {
        child.kill();
      },
    });
  };
}
