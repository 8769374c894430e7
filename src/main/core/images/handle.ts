/**
 * One WorkerHandle over either kind of worker process: a Node child process (the CLI, tests,
 * the bench) or an Electron utility process (the app). Both speak through 'message' and 'exit'
 * events; only sending and killing are named differently, so those are passed in.
 */
import type { WorkerHandle, WorkerRequest, WorkerResponse } from './protocol';

/** The event side that Node's ChildProcess and Electron's UtilityProcess share. */
export interface WorkerProcess {
  /** Undefined until the process has started (and for an Electron one, until 'spawn'). */
  readonly pid?: number | undefined;
  on(event: 'message', listener: (msg: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number | null) => void): unknown;
}

export interface WorkerOps {
  /** Sends one request; must not throw when the worker has just died (its exit fails the job). */
  post(msg: WorkerRequest): void;
  /** Ends the worker at once (a hang or a cancel). */
  kill(): void;
}

/** Wraps a worker process so the pool sees the same handle whatever started it. */
export function workerHandle(child: WorkerProcess, ops: WorkerOps): WorkerHandle {
  return {
    get pid() {
      return child.pid;
    },
    postMessage: (msg) => ops.post(msg),
    // The worker is our own code, so what it sends is a WorkerResponse by construction.
    onMessage: (listener) => child.on('message', (msg) => listener(msg as WorkerResponse)),
    // Node reports null when a signal ended the process; Electron always has a number.
    onExit: (listener) => child.on('exit', (code) => listener(code ?? null)),
    kill: () => ops.kill(),
  };
}
