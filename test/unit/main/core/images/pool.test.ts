import { constants, getPriority } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESETS } from '../../../../../src/shared/presets';
import type { SourceImage } from '../../../../../src/shared/jobs';
import {
  ImagePool,
  nodeWorkerLauncher,
  type ProcessResult,
  type WorkerLauncher,
} from '../../../../../src/main/core/images';
import * as fx from '../../../../support/images';

let dir: string;
let cleanup: () => Promise<void>;
let good: string[];
let crashing: string;
let hanging: string;

beforeAll(async () => {
  ({ dir, cleanup } = await fx.tempDir());
  good = await Promise.all(
    [1, 2, 3].map(async (i) => fx.put(dir, `good-${i}.jpg`, await fx.noisyJpeg(900, 600, i))),
  );
  // Real images: only the test hook (enabled per pool below) makes the worker misbehave on them.
  crashing = await fx.put(dir, 'a__crash__.jpg', await fx.noisyJpeg(300, 200));
  hanging = await fx.put(dir, 'a__hang__.jpg', await fx.noisyJpeg(300, 200));
});
afterAll(() => cleanup());

const request = (path: string) => ({ path, presets: DEFAULT_PRESETS, maxInputBytes: 50_000_000 });
const hooked = nodeWorkerLauncher({ env: { UPLOADER_TEST_HOOKS: '1' } });
const status = (r: ProcessResult): string => (r.ok ? 'ok' : r.error.code);

/** Workers whose admission messages and results are written down in order. */
function watched(events: string[]): WorkerLauncher {
  const launch = nodeWorkerLauncher();
  return () => {
    const handle = launch();
    handle.onMessage((msg) => {
      if (msg.type === 'admit' || msg.type === 'result') events.push(`${msg.type} ${msg.id}`);
    });
    return {
      ...handle,
      postMessage: (msg) => {
        if (msg.type === 'admitted') events.push(`admitted ${msg.id}`);
        handle.postMessage(msg);
      },
    };
  };
}

describe('ImagePool', () => {
  it('has two workers decode photos that need the whole image in memory one after the other', async () => {
    // A progressive 4:4:4 JPEG keeps every DCT coefficient until its last scan:
    // 4200 x 3000 x 3 x 2 bytes, about 72 MiB; two at once would pass the 96 MiB budget.
    const bytes = await fx
      .solid(4200, 3000, { r: 40, g: 90, b: 160 })
      .jpeg({ progressive: true, chromaSubsampling: '4:4:4' })
      .toBuffer();
    const [one, two] = await Promise.all(
      ['progressive-1.jpg', 'progressive-2.jpg'].map((name) => fx.put(dir, name, bytes)),
    );
    const events: string[] = [];
    const pool = new ImagePool({ launcher: watched(events), size: 2 });
    try {
      const results = await Promise.all([one!, two!, good[0]!].map((p) => pool.run(request(p))));
      expect(results.map(status)).toEqual(['ok', 'ok', 'ok']);
    } finally {
      await pool.close();
    }
    const admits = events.filter((e) => e.startsWith('admit '));
    expect(admits).toHaveLength(2);
    // Whichever went first, the other was let through only once the first had finished.
    const first = events.find((e) => e.startsWith('admitted '))!.split(' ')[1];
    const second = events.filter((e) => e.startsWith('admitted '))[1]!;
    expect(events.indexOf(second)).toBeGreaterThan(events.indexOf(`result ${first}`));
  });

  it('makes both variants of every accepted format with the worker’s restricted loaders', async () => {
    const files = await fx.everyAcceptedFormat();
    const pool = new ImagePool({ launcher: nodeWorkerLauncher(), size: 1 });
    try {
      for (const [name, bytes] of Object.entries(files)) {
        const result = await pool.run(request(await fx.put(dir, name, bytes)));
        expect(status(result), name).toBe('ok');
      }
    } finally {
      await pool.close();
    }
  });

  it('processes files in worker processes and reports the image and the hash early', async () => {
    const pool = new ImagePool({ launcher: nodeWorkerLauncher(), size: 2 });
    try {
      const seen: SourceImage[] = [];
      const hashes: string[][] = good.map(() => []);
      const results = await Promise.all(
        good.map((p, i) =>
          pool.run(request(p), {
            onImage: (image) => seen.push(image),
            onHash: (sha256) => hashes[i]!.push(sha256),
          }),
        ),
      );
      expect(results.map(status)).toEqual(['ok', 'ok', 'ok']);
      expect(seen).toHaveLength(3);
      expect(hashes).toEqual(results.map((r) => (r.ok ? [r.sourceHash] : [])));
      for (const r of results) {
        if (!r.ok) continue;
        expect(r.variants.main.data).toBeInstanceOf(Uint8Array);
        expect(r.variants.main.data.length).toBe(r.variants.main.info.bytes);
        expect(r.stats.opens).toBe(1);
      }
    } finally {
      await pool.close();
    }
  });

  it('runs each worker below normal priority, so the window and the uploads get the CPU first', async () => {
    const handle = nodeWorkerLauncher()();
    try {
      await new Promise<void>((resolve) =>
        handle.onMessage((msg) => {
          if (msg.type === 'ready') resolve();
        }),
      );
      expect(handle.pid).toBeGreaterThan(0);
      expect(getPriority(handle.pid)).toBe(constants.priority.PRIORITY_BELOW_NORMAL);
      // This process itself is left as it was.
      expect(getPriority()).not.toBe(constants.priority.PRIORITY_BELOW_NORMAL);
    } finally {
      const exited = new Promise((resolve) => handle.onExit(resolve));
      handle.kill();
      await exited;
    }
  });

  it('fails only the file whose worker crashed, replaces the worker and goes on', async () => {
    const pool = new ImagePool({ launcher: hooked, size: 1 });
    try {
      const results = await Promise.all(
        [good[0]!, crashing, good[1]!].map((p) => pool.run(request(p))),
      );
      expect(results.map(status)).toEqual(['ok', 'worker-crashed', 'ok']);
      const crashed = results[1]!;
      if (crashed.ok) throw new Error('unreachable');
      expect(crashed.error.message).toMatch(/stopped unexpectedly.*other files were not affected/i);
    } finally {
      await pool.close();
    }
  });

  it('stops a hung worker after the timeout and carries on with the queue', async () => {
    const pool = new ImagePool({ launcher: hooked, size: 1, timeoutMs: 2_000 });
    try {
      const results = await Promise.all([hanging, good[2]!].map((p) => pool.run(request(p))));
      expect(results.map(status)).toEqual(['worker-timeout', 'ok']);
      if (results[0]!.ok) throw new Error('unreachable');
      expect(results[0]!.error.message).toContain('longer than 2 seconds');
    } finally {
      await pool.close();
    }
  });

  it('ignores the fault hooks unless the test switch is on', async () => {
    const pool = new ImagePool({
      launcher: nodeWorkerLauncher({ env: { UPLOADER_TEST_HOOKS: '' } }),
      size: 1,
    });
    try {
      expect(status(await pool.run(request(crashing)))).toBe('ok');
    } finally {
      await pool.close();
    }
  });

  it('cancels running and queued files on abort, and everything on close', async () => {
    const pool = new ImagePool({ launcher: hooked, size: 1, timeoutMs: 30_000 });
    const running = new AbortController();
    const queued = new AbortController();
    const first = pool.run(request(hanging), { signal: running.signal });
    const second = pool.run(request(good[0]!), { signal: queued.signal });
    const third = pool.run(request(good[1]!));
    queued.abort();
    expect(status(await second)).toBe('cancelled');
    running.abort();
    expect(status(await first)).toBe('cancelled');
    expect(status(await third)).toBe('ok');
    const already = new AbortController();
    already.abort();
    expect(status(await pool.run(request(good[2]!), { signal: already.signal }))).toBe('cancelled');
    const pending = pool.run(request(hanging));
    await pool.close();
    expect(status(await pending)).toBe('cancelled');
    expect(status(await pool.run(request(good[2]!)))).toBe('cancelled');
  });

  it('gives up with a sentence when the worker cannot start at all', async () => {
    const entry = await fx.put(dir, 'broken-worker.mjs', 'process.exit(3);');
    const pool = new ImagePool({ launcher: nodeWorkerLauncher({ entry }), size: 1 });
    try {
      const result = await pool.run(request(good[0]!));
      if (result.ok) throw new Error('should fail');
      expect(result.error.message).toMatch(/could not be started/);
    } finally {
      await pool.close();
    }
  });
});
