/** Loaded first in a stand-in utility process: Electron's `process.parentPort` over Node's IPC. */
import { EventEmitter } from 'node:events';

const port = Object.assign(new EventEmitter(), {
  postMessage(message: unknown): void {
    if (process.connected) process.send?.(message);
  },
  start(): void {},
});
process.on('message', (data) => port.emit('message', { data, ports: [] }));
// A utility process ends with its app.
process.on('disconnect', () => process.exit(0));
Object.assign(process, { parentPort: port });
