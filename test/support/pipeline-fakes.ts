/**
 * Stand-ins for the pipeline's ports (src/main/core/ports): an image processor and an
 * uploader whose every call waits until the test settles it, so a test decides exactly when each
 * file finishes and can look at the scheduler in between.
 */
import type { ConnectionResult } from '../../src/shared/contract';
import type { UserError } from '../../src/shared/errors';
import type { SourceImage } from '../../src/shared/jobs';
import type { Presets } from '../../src/shared/presets';
import type { ProcessResult } from '../../src/main/core/images/types';
import type {
  FileUploadInput,
  FileUploadResult,
  UploadedRef,
  UploadOptions,
} from '../../src/main/core/imagekit/types';
import type { ImageProcessor, Uploader } from '../../src/main/core/ports';
import type { Spill, SpillHandle } from '../../src/main/core/jobs/spill';
import type { Encoded } from '../../src/main/core/jobs/work';

const IMAGE: SourceImage = { format: 'jpeg', width: 1200, height: 800, animated: false };

/** A processed file whose two variants hold `mainBytes` and `thumbBytes` bytes. */
export function processed(mainBytes: number, thumbBytes = 100): ProcessResult {
  const variant = (name: 'main' | 'thumb', bytes: number) => ({
    info: {
      variant: name,
      format: 'webp' as const,
      width: 10,
      height: 10,
      bytes,
      quality: 80,
      encodes: 1,
    },
    data: new Uint8Array(bytes),
  });
  return {
    ok: true,
    image: IMAGE,
    variants: { main: variant('main', mainBytes), thumb: variant('thumb', thumbBytes) },
    sourceHash: 'ab'.repeat(32),
    stats: { opens: 1, bytesRead: 1 },
  };
}

/** A processing failure with this error. */
export function processFailed(error: UserError): ProcessResult {
  return { ok: false, error, stats: { opens: 1, bytesRead: 0 } };
}

/** What ImageKit would answer for one stored variant. */
export function storedRef(name: string): UploadedRef {
  return {
    fileId: `id-${name}`,
    url: `https://ik.example/${name}`,
    filePath: `/${name}`,
    name,
    bytes: 1,
  };
}

interface Pending<Req, Res> {
  readonly request: Req;
  readonly signal: AbortSignal | undefined;
  settle(result: Res): void;
}

/** Calls that have started and not been settled, oldest first. */
class Calls<Req, Res> {
  readonly started: Array<Pending<Req, Res>> = [];
  #open: Array<Pending<Req, Res>> = [];

  add(request: Req, signal: AbortSignal | undefined): Promise<Res> {
    return new Promise<Res>((resolve) => {
      const call: Pending<Req, Res> = {
        request,
        signal,
        settle: (result) => {
          this.#open = this.#open.filter((c) => c !== call);
          resolve(result);
        },
      };
      this.started.push(call);
      this.#open.push(call);
    });
  }

  /** Calls still running. */
  get open(): ReadonlyArray<Pending<Req, Res>> {
    return this.#open;
  }

  /** The running call for this file name (last path segment or source name). */
  find(match: (req: Req) => boolean): Pending<Req, Res> {
    const call = this.#open.find((c) => match(c.request));
    if (!call) throw new Error('no running call matches');
    return call;
  }
}

export interface ProcessCall {
  readonly path: string;
  readonly presets: Presets;
  readonly maxInputBytes: number;
}

/** An ImageProcessor that holds each file until the test settles it. */
export class FakeImages implements ImageProcessor {
  readonly calls = new Calls<ProcessCall, ProcessResult>();
  /** The most files processing at once so far. */
  peak = 0;

  run(req: ProcessCall, opts: { signal?: AbortSignal; onImage?(image: SourceImage): void } = {}) {
    const result = this.calls.add(req, opts.signal);
    this.peak = Math.max(this.peak, this.calls.open.length);
    opts.onImage?.(IMAGE);
    return result;
  }

  /** Settles the running call for `/p/<name>`. */
  finish(name: string, result: ProcessResult = processed(1000)): void {
    this.calls.find((r) => r.path === `/p/${name}`).settle(result);
  }

  async close(): Promise<void> {}
}

/** An Uploader that holds each file until the test settles it. */
export class FakeUploader implements Uploader {
  readonly calls = new Calls<FileUploadInput, FileUploadResult>();
  readonly progress = new Map<string, UploadOptions['onProgress']>();
  peak = 0;

  uploadFile(input: FileUploadInput, opts: UploadOptions = {}): Promise<FileUploadResult> {
    const result = this.calls.add(input, opts.signal);
    this.progress.set(input.sourceName, opts.onProgress);
    this.peak = Math.max(this.peak, this.calls.open.length);
    return result;
  }

  /** Settles the running upload of `<name>`: both variants stored unless a result is given. */
  finish(name: string, result?: FileUploadResult): void {
    const ok: FileUploadResult = {
      ok: true,
      uploaded: { main: storedRef(`${name}-main`), thumb: storedRef(`${name}-thumb`) },
    };
    this.calls.find((r) => r.sourceName === name).settle(result ?? ok);
  }

  async testConnection(): Promise<ConnectionResult> {
    return { ok: true, message: 'fine' };
  }
}

/** Lets settled promises run their continuations (the scheduler reacts in microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A spill kept in a map: what was written, read back and removed, to look at in a test. */
export class MemorySpill implements Spill {
  readonly kept = new Map<number, Encoded>();
  writes = 0;
  reads = 0;

  async write(encoded: Encoded): Promise<SpillHandle> {
    const key = ++this.writes;
    this.kept.set(key, encoded);
    return {
      read: async () => {
        this.reads += 1;
        return this.kept.get(key) ?? null;
      },
      remove: async () => void this.kept.delete(key),
    };
  }
}
