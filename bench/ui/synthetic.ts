/**
 * A made-up batch for the renderer bench: a full snapshot of `rows` jobs and the updates main
 * would push while it runs. The first rows are uploaded (one in 53 failed), a window of rows is
 * on its way through processing and upload, the rest wait. Each update moves `perUpdate` rows one
 * step on, as main's JobStore does when it merges changes into one message.
 */
import type { Job, JobsUpdate, VariantInfo } from '../../src/shared/jobs';
import type { VariantName } from '../../src/shared/presets';
import { summarize } from '../../src/shared/progress';

/** Rows uploaded before the probe starts; the same in every size, so the screen shows the same. */
const FRONTIER = 150;
/** Rows in progress at once (processing or uploading). */
const WINDOW = 24;
const T0 = Date.UTC(2026, 10, 2, 9, 0, 0);
const UPLOAD_STEPS = 4;

/** How far a row is: 0 queued, 1-2 processing, 3 ready, 4-7 uploading, 8 done. */
type Step = number;
const DONE: Step = 4 + UPLOAD_STEPS;

function variant(variant: VariantName, i: number): VariantInfo {
  return variant === 'main'
    ? {
        variant,
        format: 'webp',
        width: 800,
        height: 533,
        bytes: 120_000 + (i % 70) * 1000,
        quality: 82,
        encodes: 2,
      }
    : {
        variant,
        format: 'png',
        width: 50,
        height: 33,
        bytes: 3_000 + (i % 40) * 50,
        quality: 90,
        encodes: 1,
      };
}

function uploaded(variantName: VariantName, i: number) {
  const name = `IMG_${String(i).padStart(5, '0')}${variantName === 'thumb' ? '-thumb' : ''}`;
  return {
    ...variant(variantName, i),
    fileId: `file_${variantName}_${i}`,
    url: `https://ik.imagekit.io/bench/shoot/${name}.${variantName === 'main' ? 'webp' : 'png'}`,
    filePath: `/shoot/${name}`,
  };
}

/** Job `i` at step `step` (a failed row where `i` says so, once it has been processed). */
export function jobAt(i: number, step: Step): Job {
  const name = `IMG_${String(i).padStart(5, '0')}.jpg`;
  const base = {
    id: `job-${i}`,
    file: {
      path: `/home/editor/Pictures/shoot/${name}`,
      name,
      bytes: 2_400_000 + ((i * 7919) % 900_000),
    },
    addedAt: T0 + i,
  };
  const image = { format: 'jpeg', width: 6000, height: 4000, animated: false } as const;
  const variants = { main: variant('main', i), thumb: variant('thumb', i) };
  if (step >= 3 && i % 53 === 7) {
    return {
      ...base,
      status: 'failed',
      stage: 'upload',
      image,
      retryable: true,
      error: { code: 'timeout', message: 'ImageKit did not answer in time. Try again later.' },
    };
  }
  if (step <= 0) return { ...base, status: 'queued' };
  if (step <= 2) return { ...base, status: 'processing', image: step === 2 ? image : null };
  if (step === 3) return { ...base, status: 'ready', image, variants };
  if (step < DONE) {
    const fraction = (step - 3) / UPLOAD_STEPS;
    const sending = (v: VariantInfo) => ({
      state: 'sending' as const,
      sent: Math.round(v.bytes * fraction),
      total: v.bytes,
      attempt: 1,
    });
    return {
      ...base,
      status: 'uploading',
      image,
      variants,
      uploads: { main: sending(variants.main), thumb: sending(variants.thumb) },
    };
  }
  return {
    ...base,
    status: 'done',
    image,
    uploaded: { main: uploaded('main', i), thumb: uploaded('thumb', i) },
    finishedAt: T0 + 60_000 + i * 900,
    reused: null,
  };
}

export interface Batch {
  readonly snapshot: JobsUpdate;
  readonly updates: readonly JobsUpdate[];
}

/** A batch of `rows` files and `count` updates of `perUpdate` changed rows each. */
export function syntheticBatch(rows: number, count: number, perUpdate: number): Batch {
  const steps: Step[] = Array.from({ length: rows }, (_, i) =>
    i < FRONTIER ? DONE : i < FRONTIER + WINDOW ? 1 + ((i - FRONTIER) % (DONE - 1)) : 0,
  );
  const jobs = steps.map((step, i) => jobAt(i, step));
  let active = Array.from({ length: Math.min(WINDOW, rows - FRONTIER) }, (_, k) => FRONTIER + k);
  let next = FRONTIER + active.length;
  let cursor = 0;
  const snapshot: JobsUpdate = {
    seq: 1,
    full: true,
    jobs: [...jobs],
    removed: [],
    summary: summarize(jobs),
  };
  const updates: JobsUpdate[] = [];
  for (let u = 0; u < count; u++) {
    const changed = new Map<number, Job>();
    for (let k = 0; k < perUpdate && active.length > 0; k++) {
      const i = active[cursor++ % active.length]!;
      steps[i] = steps[i]! + 1;
      const job = jobAt(i, steps[i]!);
      jobs[i] = job;
      changed.set(i, job);
      if (steps[i]! >= DONE || job.status === 'failed') {
        active = active.filter((a) => a !== i);
        if (next < rows) active.push(next++);
      }
    }
    updates.push({
      seq: 2 + u,
      full: false,
      jobs: [...changed.values()],
      removed: [],
      summary: summarize(jobs),
    });
  }
  return { snapshot, updates };
}
