import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type FaultOptions, type RunningEmulator } from '../../src/emulator';
import { ImageKitClient, configFromSettings, type RetryPolicy } from '../../src/main/core/imagekit';
import type { Job } from '../../src/shared/jobs';
import { tempDir, writeNoisyJpegs } from '../support/images';
import { until } from './until';
import { PRIVATE_KEY, PUBLIC_KEY, startRig, type ServiceRig } from '../support/service-rig';

let rig: ServiceRig | null = null;
let restarted: RunningEmulator | null = null;
let cleanup: (() => Promise<void>) | null = null;

afterEach(async () => {
  await restarted?.close();
  await rig?.close();
  await cleanup?.();
  rig = restarted = cleanup = null;
});

async function photos(count: number): Promise<string[]> {
  const t = await tempDir('uploader-offline-');
  cleanup = t.cleanup;
  return writeNoisyJpegs(t.dir, count, { prefix: 'dune', width: 900, height: 600, seed: 3 });
}

/** A rig whose uploads may try once within `deadlineMs`: any spent attempt would fail a file. */
function strictRig(
  deadlineMs: number,
  latencyMs = 0,
  fetchImpl?: typeof fetch,
): Promise<ServiceRig> {
  return rigWith({ attempts: 1, deadlineMs }, latencyMs, undefined, fetchImpl);
}

function rigWith(
  retry: Partial<RetryPolicy>,
  latencyMs = 0,
  random?: () => number,
  fetchImpl?: typeof fetch,
) {
  return startRig({
    faults: { latencyMs },
    service: {
      uploaderFactory: (settings, key) =>
        new ImageKitClient(
          configFromSettings(settings.connection, key, {
            retry,
            ...(random ? { random } : {}),
            ...(fetchImpl ? { fetch: fetchImpl } : {}),
          }),
        ),
      probeDelays: { firstMs: 50, maxMs: 200 },
    },
  });
}

function restart(
  port: number,
  dataDir: string,
  faults: FaultOptions = {},
): Promise<RunningEmulator> {
  return startEmulator({ dataDir, privateKey: PRIVATE_KEY, publicKey: PUBLIC_KEY, port, faults });
}

/** A fetch that counts the requests it sends (one with a stopped signal never leaves). */
function sentRequests() {
  const count = { started: 0, open: 0 };
  const counted: typeof fetch = async (input, init) => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (signal?.aborted) return fetch(input, init);
    count.started += 1;
    count.open += 1;
    try {
      return await fetch(input, init);
    } finally {
      count.open -= 1;
    }
  };
  return { fetch: counted, count };
}

const statuses = (jobs: readonly Job[]): string[] => jobs.map((j) => j.status);

describe('offline waiting with real workers and the emulator', () => {
  it('waits out an outage longer than the deadline with one try per file: nothing fails', async () => {
    rig = await strictRig(1_500);
    const port = Number(new URL(rig.emulator.origin).port);
    await rig.connect();
    await rig.emulator.close();
    const paths = await photos(3);
    const since = Date.now();
    await rig.service.addPaths(paths);
    await until(() => rig?.updates.at(-1)?.summary.offline != null, 'the offline state');
    const offline = rig.updates.at(-1)?.summary.offline;
    expect(offline?.since).toBeGreaterThanOrEqual(since);
    expect(offline?.waiting).toBe(3);
    // Every file processed (on a busy machine the third may take a while), then twice the
    // per-file deadline of waiting.
    const processed = () => {
      const counts = rig?.updates.at(-1)?.summary.counts;
      return counts !== undefined && counts.queued + counts.processing === 0;
    };
    await until(processed, 'every file processed');
    await new Promise((r) => setTimeout(r, 3_000));
    let jobs = await rig.jobs();
    expect(statuses(jobs)).toEqual(['ready', 'ready', 'ready']);
    expect(rig.updates.at(-1)?.summary.offline?.waiting).toBe(3);

    restarted = await restart(port, rig.dataDir);
    await rig.service.idle();
    jobs = await rig.jobs();
    expect(statuses(jobs)).toEqual(['done', 'done', 'done']);
    expect(rig.updates.at(-1)?.summary.offline).toBeNull();
    expect(rig.updates.some((u) => u.jobs.some((j) => j.status === 'failed'))).toBe(false);
    const names = restarted.files().map((f) => f.name);
    expect(names).toHaveLength(6);
    expect(new Set(names).size).toBe(6);
  });

  it('tries made before the outage still count after it: the budget is carried, not reset', async () => {
    // Two tries per file; the backoff before the second is ~2 s, long enough to stop ImageKit.
    rig = await rigWith({ attempts: 2, baseDelayMs: 2_000, deadlineMs: 60_000 }, 0, () => 0.99);
    const port = Number(new URL(rig.emulator.origin).port);
    await rig.connect();
    rig.emulator.setFaults({ serverErrorRate: 1, seed: 5 });
    await rig.service.addPaths(await photos(1));
    const retrying = (): boolean =>
      rig?.updates.some((u) =>
        u.jobs.some((j) => j.status === 'uploading' && j.uploads.main.state === 'retrying'),
      ) ?? false;
    await until(retrying, 'the first 503');
    await rig.emulator.close();
    await until(() => rig?.updates.at(-1)?.summary.offline != null, 'the offline state');
    restarted = await restart(port, rig.dataDir, { serverErrorRate: 1, seed: 6 });
    await rig.service.idle();
    const [job] = await rig.jobs();
    expect(job?.status).toBe('failed');
    if (job?.status !== 'failed') return;
    expect(job.error.message).toContain('tried 2 times');
    // One request per variant after the outage (main and thumbnail go at once while a slot is
    // free): each variant's second of two tries, not a fresh pair.
    expect(restarted.stats().requests).toBe(2);
  });

  it('a 503 is not offline: it fails the file under the same one-try policy', async () => {
    rig = await strictRig(5_000);
    await rig.connect();
    rig.emulator.setFaults({ serverErrorRate: 1, seed: 3 });
    await rig.service.addPaths(await photos(1));
    await rig.service.idle();
    const [job] = await rig.jobs();
    expect(job?.status).toBe('failed');
    expect(rig.updates.every((u) => u.summary.offline === null)).toBe(true);
  });

  it('Pause all sends in-flight uploads back to waiting; Resume all finishes, each variant once', async () => {
    const uploads = sentRequests();
    rig = await strictRig(60_000, 700, uploads.fetch);
    await rig.connect();
    await rig.service.addPaths(await photos(4));
    await until(() => (rig?.updates.at(-1)?.summary.counts.uploading ?? 0) > 0, 'an upload');
    await rig.service.pauseAll();
    const atPause = { ...uploads.count, requests: rig.emulator.stats().requests };
    expect(rig.service.paused).toBe(true);
    // Paused work waits for the user, so the service counts as idle.
    await rig.service.idle();
    const paused = await rig.service.getJobs();
    expect(paused.summary.paused).toBe(true);
    expect(paused.summary.counts.uploading).toBe(0);
    expect(paused.summary.counts.processing).toBe(0);
    // No new upload request may start; one already on its way may still land (under its one
    // name), so the server counts at most those on top of what it had seen at the pause.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(uploads.count.started).toBe(atPause.started);
    expect(rig.emulator.stats().requests).toBeLessThanOrEqual(atPause.requests + atPause.open);
    expect((await rig.service.getJobs()).summary.counts.uploading).toBe(0);

    await rig.service.resumeAll();
    expect(rig.service.paused).toBe(false);
    await rig.service.idle();
    const jobs = await rig.jobs();
    expect(statuses(jobs)).toEqual(['done', 'done', 'done', 'done']);
    const names = rig.emulator.files().map((f) => f.name);
    expect(names).toHaveLength(8);
    expect(new Set(names).size).toBe(8);
    expect(rig.updates.at(-1)?.summary.paused).toBe(false);
  });

  it('close() leaves unfinished jobs as they were instead of marking them stopped', async () => {
    rig = await strictRig(60_000, 1_500);
    await rig.connect();
    await rig.service.addPaths(await photos(2));
    await until(() => (rig?.updates.at(-1)?.summary.counts.uploading ?? 0) > 0, 'an upload');
    const idle = rig.service.idle();
    await rig.service.close();
    // Anyone waiting for the batch hears once the abandoned work has unwound.
    await idle;
    const last = rig.updates.at(-1);
    expect(last?.summary.counts.cancelled).toBe(0);
    expect(last?.summary.counts.uploading).toBeGreaterThan(0);
  });
});
