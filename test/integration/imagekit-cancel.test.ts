import { afterEach, describe, expect, it } from 'vitest';
import { storedName } from '../../src/main/core/imagekit';
import type { UploadProgress } from '../../src/main/core/imagekit';
import type { TestEmulator } from '../support/imagekit';
import { clientFor, makeFiles, startTestEmulator, until } from '../support/imagekit';

let t: TestEmulator | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

/** Long timeouts and waits: in these tests only cancel may end an upload early. */
const PATIENT = {
  attemptTimeoutMs: 60_000,
  baseDelayMs: 60_000,
  maxDelayMs: 60_000,
  deadlineMs: 120_000,
};

describe('cancel mid-upload leaves no half state', () => {
  it('reports nothing uploaded, the emulator holds whole variants or nothing, and a re-upload converges', async () => {
    // Every upload stalls; with faultAfterStore about half stall after storing the file.
    t = await startTestEmulator({ stallRate: 1, faultAfterStore: true, seed: 7 });
    const { emu } = t;
    const files = await makeFiles(6);
    const client = clientFor(emu, 'private-key', { retry: PATIENT });
    for (const file of files) {
      const ctl = new AbortController();
      const stallsBefore = emu.stats().faults.stall;
      const events: UploadProgress[] = [];
      const pending = client.uploadFile(file, {
        signal: ctl.signal,
        onProgress: (p) => events.push(p),
      });
      await until(() => emu.stats().faults.stall > stallsBefore);
      ctl.abort();
      const result = await pending;
      expect(result).toMatchObject({
        ok: false,
        retryable: true,
        uploaded: {},
        error: { code: 'cancelled' },
      });
      expect(events.some((e) => e.state === 'done')).toBe(false);
    }
    const stats = emu.stats();
    // No request after cancel: one upload per file, nothing retried.
    expect(stats.requests).toBe(files.length);
    expect(stats.faults.afterStore).toBeGreaterThan(0);
    expect(stats.faults.afterStore).toBeLessThan(files.length);
    // Whatever the emulator kept is a whole main image, never a part of one.
    const kept = emu.files();
    expect(kept).toHaveLength(stats.faults.afterStore);
    const mainBytes = new Map(
      files.map((f) => [
        storedName(f.sourceName, f.sourceHash, 'main', 'webp'),
        f.variants.main.data.byteLength,
      ]),
    );
    for (const f of kept) expect(f.size).toBe(mainBytes.get(f.name));

    // Retrying later converges: one copy per variant, the earlier stored ones replaced.
    emu.setFaults({});
    for (const file of files) expect((await client.uploadFile(file)).ok).toBe(true);
    expect(emu.files()).toHaveLength(files.length * 2);
  });

  it('stores nothing when cancel cuts the body off halfway', async () => {
    t = await startTestEmulator({ latencyMs: 200 });
    const { emu } = t;
    const [file] = await makeFiles(1);
    const big = new Uint8Array(8 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const ctl = new AbortController();
    let cutAt = 0;
    const result = await clientFor(emu, 'private-key', { retry: PATIENT }).uploadFile(
      {
        ...file!,
        variants: { ...file!.variants, main: { variant: 'main', data: big, format: 'webp' } },
      },
      {
        signal: ctl.signal,
        onProgress: (p) => {
          if (p.state === 'sending' && p.sent > 0 && p.sent < p.total && cutAt === 0) {
            cutAt = p.sent;
            ctl.abort();
          }
        },
      },
    );
    expect(cutAt).toBeGreaterThan(0);
    expect(result).toMatchObject({ ok: false, uploaded: {}, error: { code: 'cancelled' } });
    // Give the emulator time to see the cut connection before looking at what it kept.
    await new Promise((r) => setTimeout(r, 400));
    expect(emu.files()).toEqual([]);
    expect(emu.stats().uploads).toBe(0);
  });

  it('retries only the thumbnail after the main image succeeded', async () => {
    t = await startTestEmulator();
    const { emu } = t;
    const [file] = await makeFiles(1);
    const client = clientFor(emu, 'private-key', { retry: { attempts: 3 } });
    const first = await client.uploadFile(file!, {
      // From the moment main is stored, every upload fails with a 5xx.
      onProgress: (p) => {
        if (p.variant === 'main' && p.state === 'done') emu.setFaults({ serverErrorRate: 1 });
      },
    });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.retryable).toBe(true);
    expect(first.error.code).toBe('server-error');
    expect(first.uploaded.main?.name).toMatch(/\.webp$/);
    expect(first.uploaded.thumb).toBeUndefined();
    expect(emu.stats().requests).toBe(1 + 3);

    emu.setFaults({});
    const second = await client.uploadFile({ ...file!, alreadyUploaded: first.uploaded });
    expect(second.ok).toBe(true);
    expect(emu.stats().requests).toBe(1 + 3 + 1);
    expect(
      emu
        .files()
        .map((f) => f.name)
        .sort(),
    ).toEqual(
      [first.uploaded.main!.name, first.uploaded.main!.name.replace('.webp', '.thumb.png')].sort(),
    );
  });
});
