/**
 * A pool of image worker processes, one per core. A crash or a hang fails only the file that
 * caused it; the worker is replaced and the queue goes on. Only requests wait in the queue, so at
 * most `size` images are decoded at any moment, however long the batch.
 */
import { availableParallelism } from 'node:os';
import type { SourceImage } from '../../../shared/jobs';
import type { UserError } from '../../../shared/errors';
import { DecodeAdmission } from './admission';
import { imageErrors } from './image-errors';
import type { WorkerHandle, WorkerLauncher, WorkerResponse } from './protocol';
import type { ProcessRequest, ProcessResult } from './types';

/** A file still running after this long is treated as a hang. */
export const DEFAULT_TIMEOUT_MS = 60_000;
/** Workers that die before they are ready this many times in a row mean the worker is broken. */
const MAX_START_FAILURES = 3;

export interface ImagePoolOptions {
  readonly launcher: WorkerLauncher;
  /** Worker processes; defaults to the number of cores. */
  readonly size?: number;
  readonly timeoutMs?: number;
}

export interface RunOptions {
  readonly signal?: AbortSignal;
  onImage?(image: SourceImage): void;
  onHash?(sha256: string): void;
}

interface Task {
  readonly id: number;
  readonly request: ProcessRequest;
  readonly opts: RunOptions;
  slot: Slot | null;
  settle(result: ProcessResult): void;
}

interface Slot {
  readonly handle: WorkerHandle;
  ready: boolean;
  retired: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  readonly exited: Promise<void>;
}

const NO_READS = { opens: 0, bytesRead: 0 } as const;

function failed(error: UserError): ProcessResult {
  return { ok: false, error, stats: NO_READS };
}

export class ImagePool {
  readonly #launcher: WorkerLauncher;
  readonly #size: number;
  readonly #timeoutMs: number;
  readonly #queue: Task[] = [];
  readonly #slots: Slot[] = [];
  readonly #admission = new DecodeAdmission();
  #nextId = 1;
  #startFailures = 0;
  #closed = false;

  constructor(opts: ImagePoolOptions) {
    this.#launcher = opts.launcher;
    this.#size = Math.max(1, Math.floor(opts.size ?? availableParallelism()));
    this.#timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /** Processes one file in a worker; always resolves (failures are results with a sentence). */
  run(request: ProcessRequest, opts: RunOptions = {}): Promise<ProcessResult> {
    return new Promise((resolve) => {
      if (this.#closed || opts.signal?.aborted) {
        resolve(failed(imageErrors.cancelled()));
        return;
      }
      let done = false;
      const onAbort = (): void => this.#cancel(task);
      const task: Task = {
        id: this.#nextId++,
        request,
        opts,
        slot: null,
        settle: (result) => {
          if (done) return;
          done = true;
          opts.signal?.removeEventListener('abort', onAbort);
          resolve(result);
        },
      };
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      this.#queue.push(task);
      this.#pump();
    });
  }

  /** Stops every worker; queued and running files resolve as cancelled. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.settle(failed(imageErrors.cancelled()));
    const exits = this.#slots.map((slot) => slot.exited);
    for (const slot of [...this.#slots]) {
      slot.task?.settle(failed(imageErrors.cancelled()));
      this.#retire(slot);
    }
    await Promise.all(exits);
  }

  #cancel(task: Task): void {
    task.settle(failed(imageErrors.cancelled()));
    if (task.slot) {
      // The worker may be deep inside libvips; killing it is the only way to stop it now.
      this.#retire(task.slot);
    } else {
      const at = this.#queue.indexOf(task);
      if (at >= 0) this.#queue.splice(at, 1);
    }
    this.#pump();
  }

  #pump(): void {
    if (this.#closed) return;
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) break;
      if (slot.ready && !slot.task && !slot.retired) this.#dispatch(slot, this.#queue.shift()!);
    }
    let starting = this.#slots.filter((slot) => !slot.ready).length;
    while (this.#queue.length > starting && this.#slots.length < this.#size) {
      this.#spawn();
      starting += 1;
    }
  }

  #spawn(): void {
    let handle: WorkerHandle;
    try {
      handle = this.#launcher();
    } catch {
      this.#startFailed();
      return;
    }
    let markExited: () => void = () => undefined;
    const exited = new Promise<void>((resolve) => (markExited = resolve));
    const slot: Slot = { handle, ready: false, retired: false, task: null, timer: null, exited };
    this.#slots.push(slot);
    handle.onMessage((msg) => this.#onMessage(slot, msg));
    handle.onExit(() => {
      markExited();
      this.#onExit(slot);
    });
  }

  #dispatch(slot: Slot, task: Task): void {
    slot.task = task;
    task.slot = slot;
    slot.timer = setTimeout(() => {
      task.settle(failed(imageErrors.workerTimeout(Math.round(this.#timeoutMs / 1000))));
      this.#retire(slot);
      this.#pump();
    }, this.#timeoutMs);
    slot.handle.postMessage({ type: 'process', id: task.id, request: task.request });
  }

  #onMessage(slot: Slot, msg: WorkerResponse): void {
    switch (msg.type) {
      case 'ready':
        slot.ready = true;
        this.#pump();
        return;
      case 'image':
      case 'hash':
        if (slot.task?.id === msg.id) {
          try {
            if (msg.type === 'image') slot.task.opts.onImage?.(msg.image);
            else slot.task.opts.onHash?.(msg.sha256);
          } catch {
            // A listener's bug must not stall the pool.
          }
        }
        return;
      case 'admit':
        if (slot.task?.id === msg.id) {
          this.#admission.ask(slot, msg.bytes, () =>
            slot.handle.postMessage({ type: 'admitted', id: msg.id }),
          );
        }
        return;
      case 'result': {
        const task = slot.task;
        if (task?.id !== msg.id) return;
        this.#startFailures = 0;
        this.#release(slot);
        task.settle(msg.result);
        this.#pump();
        return;
      }
    }
  }

  #onExit(slot: Slot): void {
    // A worker we retired ourselves has already had its task settled.
    if (slot.retired) return;
    const task = slot.task;
    const wasReady = slot.ready;
    this.#retire(slot);
    task?.settle(failed(imageErrors.workerCrashed()));
    if (!wasReady) this.#startFailed();
    this.#pump();
  }

  #startFailed(): void {
    this.#startFailures += 1;
    if (this.#startFailures < MAX_START_FAILURES) return;
    for (const task of this.#queue.splice(0)) task.settle(failed(imageErrors.workerUnavailable()));
  }

  #release(slot: Slot): void {
    this.#admission.release(slot);
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (slot.task) slot.task.slot = null;
    slot.task = null;
  }

  /** Takes a worker out of service and kills it (a no-op if it is already gone). */
  #retire(slot: Slot): void {
    this.#release(slot);
    if (slot.retired) return;
    slot.retired = true;
    const at = this.#slots.indexOf(slot);
    if (at >= 0) this.#slots.splice(at, 1);
    slot.handle.kill();
  }
}
