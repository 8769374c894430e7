/**
 * Messages between the pool and a worker process. They are structured-cloned (Node's advanced
 * serialization, or Electron's utilityProcess), so byte data arrives as Uint8Array.
 */
import type { SourceImage } from '../../../shared/jobs';
import type { SharpBuild } from './sharp-runtime';
import type { ProcessRequest, ProcessResult } from './types';

export type WorkerRequest =
  | { readonly type: 'process'; readonly id: number; readonly request: ProcessRequest }
  /** The decode the worker asked about may start (see admission.ts). */
  | { readonly type: 'admitted'; readonly id: number };

export type WorkerResponse =
  /** Sent once the worker has loaded sharp and can take work; says which sharp it runs. */
  | { readonly type: 'ready'; readonly sharp: SharpBuild }
  | { readonly type: 'image'; readonly id: number; readonly image: SourceImage }
  | { readonly type: 'hash'; readonly id: number; readonly sha256: string }
  /** The next decode needs `bytes` at once; it waits for 'admitted'. */
  | { readonly type: 'admit'; readonly id: number; readonly bytes: number }
  | { readonly type: 'result'; readonly id: number; readonly result: ProcessResult };

/** A transport-neutral worker: a Node child process here, an Electron utilityProcess in the app. */
export interface WorkerHandle {
  /** The worker's process id once it has started. */
  readonly pid: number | undefined;
  postMessage(msg: WorkerRequest): void;
  onMessage(listener: (msg: WorkerResponse) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

export type WorkerLauncher = () => WorkerHandle;
