import { afterEach, describe, expect, it } from 'vitest';
import { storedName } from '../../src/main/core/imagekit';
import type { FileUploadResult, UploadProgress } from '../../src/main/core/imagekit';
import type { Mode, TestEmulator } from '../support/imagekit';
import { clientFor, makeFiles, runPool, startTestEmulator } from '../support/imagekit';

let t: TestEmulator | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

const FILES = 100;

async function batchUnderFaults(mode: Mode, stallRate: number): Promise<void> {
  t = await startTestEmulator({
    serverErrorRate: 0.1,
    rateLimitRate: 0.05,
    resetRate: 0.05 - stallRate,
    stallRate,
    retryAfterSeconds: 0,
    faultAfterStore: true,
    seed: mode === 'private-key' ? 1234 : 5678,
  });
  const { emu } = t;
  const files = await makeFiles(FILES);
  // A short attempt timeout only where stalls need it: a timed-out attempt the emulator did not
  // stall would be an attempt no fault explains.
  const client = clientFor(emu, mode, stallRate > 0 ? { retry: { attemptTimeoutMs: 1_000 } } : {});
  const attempts = { main: 0, thumb: 0 };
  const started = Date.now();
  const results: FileUploadResult[] = await runPool(files, 3, (file) =>
    client.uploadFile(file, {
      onProgress: (p: UploadProgress) => {
        if (p.state === 'sending' && p.sent === 0) attempts[p.variant] += 1;
      },
    }),
  );
  const elapsed = Date.now() - started;

  const failed = results.filter((r) => !r.ok);
  expect(failed).toEqual([]);

  // Exactly one stored copy per variant, under the idempotent names, and nothing else.
  const stored = emu.files();
  const expected = files.flatMap((f) => [
    `/batch/${storedName(f.sourceName, f.sourceHash, 'main', 'webp')}`,
    `/batch/${storedName(f.sourceName, f.sourceHash, 'thumb', 'png')}`,
  ]);
  expect(stored.map((f) => f.filePath).sort()).toEqual([...expected].sort());
  for (const [i, r] of results.entries()) {
    if (!r.ok) continue;
    expect(r.uploaded.main.bytes).toBe(files[i]!.variants.main.data.byteLength);
    expect(r.uploaded.thumb.bytes).toBe(files[i]!.variants.thumb.data.byteLength);
  }

  const stats = emu.stats();
  const faults = stats.faults;
  const totalFaults = faults.serverError + faults.rateLimit + faults.reset + faults.stall;
  // The run really was hostile: faults of each kind, some after the file was already stored.
  expect(faults.serverError).toBeGreaterThan(0);
  expect(faults.rateLimit).toBeGreaterThan(0);
  expect(faults.reset).toBeGreaterThan(0);
  expect(faults.afterStore).toBeGreaterThan(0);
  expect(attempts.main + attempts.thumb).toBe(2 * FILES + totalFaults);
  if (mode === 'auth-endpoint') {
    expect(stats.tokens.reused).toBe(0);
    expect(stats.tokens.used).toBe(attempts.main + attempts.thumb);
  }
  console.log(
    `[imagekit-faults] ${mode}: ${FILES} files, ${attempts.main + attempts.thumb} attempts ` +
      `(${totalFaults} faults: ${JSON.stringify(faults)}), ${elapsed} ms, tokens ${JSON.stringify(stats.tokens)}`,
  );
}

describe('100 images under ~20% faults', () => {
  it('all end uploaded, one copy per variant, no token reused (signed uploads)', async () => {
    await batchUnderFaults('auth-endpoint', 0);
  });

  it('all end uploaded with the private key, stalls included', async () => {
    await batchUnderFaults('private-key', 0.01);
  });
});
