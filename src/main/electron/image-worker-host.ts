import { utilityProcess } from 'electron';
import { join } from 'node:path';
import { WORKER_ENV } from '../core/images/launcher';
import { workerHandle } from '../core/images/handle';
import type { WorkerLauncher } from '../core/images/protocol';

/**
 * Launches the image worker as an Electron utility process: sharp runs there, never in main,
 * where its GLib can clash with the system's on Linux and a crash would take the app down.
 */
export function utilityWorkerLauncher(): WorkerLauncher {
  const entry = join(import.meta.dirname, 'image-worker.js');
  return () => {
    const child = utilityProcess.fork(entry, [], {
      serviceName: 'Image worker',
      stdio: 'inherit',
      // Keeps glibc from growing one heap per thread in a long batch (see docs/images.md).
      env: { ...WORKER_ENV, ...process.env },
    });
    return workerHandle(child, {
      post: (msg) => child.postMessage(msg),
      kill: () => {
        child.kill();
      },
    });
  };
}
