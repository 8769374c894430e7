/**
 * The batch against its physical limit. The same photos go through the service three ways: only
 * processed (no connection: rows stop at ready), only uploaded (the variants already made, handed
 * over at once), and the full batch. A batch run well overlaps the two, so full should take
 * barely longer than the slower of them. Each run has its own state folder (journal and
 * history, as the CLI keeps them) and the emulator runs in its own process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUploader } from '../src/main/core/imagekit';
import type { ProcessResult } from '../src/main/core/images/types';
import { StateStore } from '../src/main/core/persistence';
import { HEADLESS_PLATFORM, type ImageProcessor } from '../src/main/core/ports';
import { createService } from '../src/main/core/service/create-service';
import type { EmulatorProcess } from './emulator-process';
import { childPids, cpuMsOf } from './measure';

export type Mode = 'process' | 'upload' | 'full';

export interface BatchRun {
  readonly ms: number;
  /** CPU time used during the run, in ms: this process, the workers, the emulator. */
  readonly cpu: { readonly main: number; readonly workers: number; readonly emulator: number };
}

/** The pool's work, remembered so the upload-only run can hand the same variants over at once. */
export class Prepared implements ImageProcessor {
  private readonly results = new Map<string, ProcessResult>();

  constructor(private readonly pool: ImageProcessor) {}

  /** A processor that runs the real pool and keeps each result. */
  get recording(): ImageProcessor {
    return {
      run: async (req, opts) => {
        const result = await this.pool.run(req, opts);
        this.results.set(req.path, result);
        return result;
      },
      // The pool outlives each run's service.
      close: async () => {},
    };
  }

  /** Bytes of every variant made so far: what the batch sends. */
  get bytes(): number {
    let total = 0;
    for (const result of this.results.values()) {
      if (result.ok) total += result.variants.main.info.bytes + result.variants.thumb.info.bytes;
    }
    return total;
  }

  run: ImageProcessor['run'] = async (req) => {
    const result = this.results.get(req.path);
    if (!result) throw new Error(`${req.path} was not processed before the upload-only run`);
    return result;
  };

  async close(): Promise<void> {}
}

function cpuNow(emulator: EmulatorProcess | null) {
  const usage = process.cpuUsage();
  const workers = childPids()
    .filter((pid) => pid !== emulator?.pid)
    .reduce((sum, pid) => sum + cpuMsOf(pid), 0);
  return {
    main: (usage.user + usage.system) / 1000,
    workers,
    emulator: emulator ? cpuMsOf(emulator.pid) : 0,
  };
}

/** One batch through a fresh service; resolves when nothing is left to do. */
export async function runBatch(
  paths: readonly string[],
  mode: Mode,
  prepared: Prepared,
  emulator: EmulatorProcess,
): Promise<BatchRun> {
  const dir = mkdtempSync(join(tmpdir(), 'uploader-bench-batch-'));
  const state = StateStore.open(dir);
  let stored: unknown;
  let key: string | null = null;
  const service = createService({
    images: mode === 'upload' ? prepared : prepared.recording,
    settingsStore: { load: () => stored, save: (s) => void (stored = s) },
    secrets: { get: () => key, set: (v) => void (key = v), protection: () => 'plain' },
    platform: HEADLESS_PLATFORM,
    uploaderFactory: createUploader,
    updateIntervalMs: 50,
    history: state.history,
    journal: state.journal('cli:bench'),
  });
  try {
    if (mode !== 'process') {
      await service.updateSettings({
        connection: {
          uploadUrl: `${emulator.origin}/api/v1/files/upload`,
          apiUrl: emulator.origin,
          urlEndpoint: `${emulator.origin}/demo`,
          publicKey: 'public_test',
        },
        upload: { folder: '/bench' },
      });
      await service.setPrivateKey('private_test', 'session');
    }
    const cpu0 = cpuNow(emulator);
    const start = performance.now();
    await service.addChosenPaths(paths);
    await service.idle();
    const ms = performance.now() - start;
    const cpu1 = cpuNow(emulator);
    const want = mode === 'process' ? 'ready' : 'done';
    const jobs = (await service.getJobs()).jobs;
    const wrong = jobs.filter((job) => job.status !== want);
    if (wrong.length > 0 || jobs.length !== paths.length) {
      const first = wrong[0];
      const why = first?.status === 'failed' ? first.error.message : first?.status;
      throw new Error(`${mode}: ${wrong.length} of ${jobs.length} rows not ${want} (${why})`);
    }
    return {
      ms,
      cpu: {
        main: cpu1.main - cpu0.main,
        workers: cpu1.workers - cpu0.workers,
        emulator: cpu1.emulator - cpu0.emulator,
      },
    };
  } finally {
    await service.close();
    state.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
