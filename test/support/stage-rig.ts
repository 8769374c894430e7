/**
 * The jobs room's parts put together the way Pipeline does, but with the scheduler's hands tied:
 * what it would start is only recorded, so a test runs one stage on one job itself and looks at
 * everything around it (the job, its work, the queues, the held bytes, the journal, the history).
 */
import { afterEach } from 'vitest';
import type { JobId, ReadyJob, SourceFile } from '../../src/shared/jobs';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { JobStore } from '../../src/main/core/jobs/job-store';
import type { PipelineDeps } from '../../src/main/core/jobs/pipeline-deps';
import { ProcessStage } from '../../src/main/core/jobs/process-stage';
import { Scheduler } from '../../src/main/core/jobs/scheduler';
import { StageContext } from '../../src/main/core/jobs/stage';
import { UploadStage } from '../../src/main/core/jobs/upload-stage';
import { HeldBytes, Work } from '../../src/main/core/jobs/work';
import type { JobExtras } from '../../src/main/core/persistence/journal';
import { StateStore } from '../../src/main/core/persistence';
import { FakeImages, FakeUploader, MemorySpill, processed } from './pipeline-fakes';

export interface StageRigOptions {
  readonly autoUpload?: boolean;
  /** Give the stages the upload history (a real one, in memory). */
  readonly history?: boolean;
  readonly probe?: () => Promise<boolean>;
  readonly nameTemplate?: string;
}

export function stageRig(opts: StageRigOptions = {}) {
  const store = new JobStore({ intervalMs: 60_000 });
  const state = opts.history ? StateStore.inMemory() : null;
  const images = new FakeImages();
  const uploader = new FakeUploader();
  const settings: Settings = {
    ...DEFAULT_SETTINGS,
    upload: {
      ...DEFAULT_SETTINGS.upload,
      autoUpload: opts.autoUpload ?? true,
      ...(opts.nameTemplate === undefined ? {} : { nameTemplate: opts.nameTemplate }),
    },
  };
  const journal: Array<{ id: JobId; extras: Partial<JobExtras>; urgent: boolean }> = [];
  const log: string[] = [];
  const spill = new MemorySpill();
  const deps: PipelineDeps = {
    store,
    images,
    processConcurrency: 2,
    maxInputBytes: 1_000_000,
    maxHeldBytes: 1_000_000_000,
    getSettings: () => settings,
    getUploader: () => uploader,
    probe: opts.probe ?? (async () => true),
    probeDelays: { firstMs: 60_000, maxMs: 60_000 },
    now: () => 5_000,
    newId: () => {
      throw new Error('the stages never make ids');
    },
    log: (line) => log.push(line),
    journal: {
      note: (id, extras, urgent = false) => journal.push({ id, extras, urgent }),
      flush: (also) => also?.(),
    },
    ...(state ? { history: state.history } : {}),
    spill,
  };
  const works = new Map<JobId, Work>();
  const held = new HeldBytes();
  const started: Array<{ stage: 'process' | 'upload'; id: JobId }> = [];
  const scheduler: Scheduler = new Scheduler(deps, {
    held,
    approved: (id) => works.get(id)?.approved === true,
    waitsForTwin: (id, settings): boolean => ctx.twinSending(id, settings),
    process: async (id) => void started.push({ stage: 'process', id }),
    upload: async (id) => void started.push({ stage: 'upload', id }),
  });
  const ctx: StageContext = new StageContext(deps, scheduler, works);
  const file = (name: string): SourceFile => ({ path: `/p/${name}`, name, bytes: 1 });
  return {
    store,
    images,
    uploader,
    settings,
    journal,
    log,
    held,
    spill,
    works,
    scheduler,
    started,
    history: state?.history,
    /** Whether `id` waits for another row uploading the same picture (the scheduler asks). */
    waitsForTwin: (id: JobId): boolean => ctx.twinSending(id, settings),
    process: new ProcessStage(ctx),
    upload: new UploadStage(ctx),
    /** A queued row `name` (its id is its name) with a fresh work record. */
    queued(name: string): Work {
      const work = new Work(held);
      works.set(name, work);
      store.put({ id: name, file: file(name), addedAt: 1_000, status: 'queued' });
      return work;
    },
    /** A processed row `name`, its variants held in memory ({main, thumb} bytes). */
    ready(name: string, mainBytes = 1_000, thumbBytes = 100, sourceHash = 'ab'.repeat(32)): Work {
      const work = new Work(held);
      works.set(name, work);
      const result = processed(mainBytes, thumbBytes);
      if (!result.ok) throw new Error('unreachable');
      work.keep({ variants: result.variants, sourceHash });
      const job: ReadyJob = {
        id: name,
        file: file(name),
        addedAt: 1_000,
        status: 'ready',
        image: result.image,
        variants: { main: result.variants.main.info, thumb: result.variants.thumb.info },
      };
      store.put(job);
      return work;
    },
    close(): void {
      scheduler.stop();
      store.close();
      state?.close();
    },
  };
}

export type StageRig = ReturnType<typeof stageRig>;

/** Makes stage rigs for one test file; every rig it made is closed after each test. */
export function stageRigs(): (opts?: StageRigOptions) => StageRig {
  const open: StageRig[] = [];
  afterEach(() => {
    for (const r of open.splice(0)) r.close();
  });
  return (opts = {}) => {
    const r = stageRig(opts);
    open.push(r);
    return r;
  };
}
