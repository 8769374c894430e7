/**
 * `utilityProcess.fork`: a Node child whose `process.parentPort` speaks as Electron's does
 * (messages arrive as `{ data }`), and whose exit is reported with a number.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fault, requireReady } from './runtime';

const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const shim = fileURLToPath(new URL('./utility-child.ts', import.meta.url));
const children = new Set<ChildProcess>();
// Electron ends its utility processes with the app.
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

class UtilityProcess extends EventEmitter {
  constructor(private readonly child: ChildProcess) {
    super();
    child.on('spawn', () => this.emit('spawn'));
    child.on('message', (msg) => this.emit('message', msg));
    child.on('exit', (code, signal) => {
      children.delete(child);
      this.emit('exit', code ?? (signal ? 1 : 0));
    });
  }
  get pid(): number | undefined {
    return this.child.pid;
  }
  postMessage(message: unknown): void {
    if (!this.child.connected) return; // Electron drops messages to a process that is gone
    this.child.send(message as never);
  }
  kill(): boolean {
    return this.child.kill();
  }
}

export const utilityProcess = {
  fork(
    modulePath: string,
    args: string[] = [],
    options: { env?: NodeJS.ProcessEnv; stdio?: unknown; serviceName?: string } = {},
  ): UtilityProcess {
    requireReady('utilityProcess');
    if (typeof modulePath !== 'string') fault('utilityProcess.fork needs a module path');
    const child = fork(modulePath, args, {
      execArgv: ['--import', tsx, '--import', pathToFileURL(shim).href],
      serialization: 'advanced',
      env: options.env ?? process.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    children.add(child);
    return new UtilityProcess(child);
  },
};
