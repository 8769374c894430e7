import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultOptions, RunningEmulator } from '../../../src/emulator';
import { FaultPlan } from '../../../src/emulator/faults';
import { png, signedFields, start, tempDir, upload } from '../../support/emulator';

let image: Buffer;
const running: Array<{ emu: RunningEmulator; cleanup: () => Promise<void> }> = [];

beforeAll(async () => {
  image = await png(8, 8);
});
afterEach(async () => {
  for (const { emu, cleanup } of running.splice(0)) {
    await emu.close();
    await cleanup();
  }
});

async function emulatorWith(faults: FaultOptions): Promise<RunningEmulator> {
  const temp = await tempDir();
  const emu = await start(temp.dir, { faults });
  running.push({ emu, cleanup: temp.cleanup });
  return emu;
}

/** One upload's outcome: the status, or the network error's name. */
async function outcome(emu: RunningEmulator, name: string): Promise<string> {
  try {
    const res = await upload(emu, { file: image, fields: { fileName: name } });
    await res.arrayBuffer();
    return String(res.status);
  } catch {
    return 'network-error';
  }
}

async function outcomes(emu: RunningEmulator, count: number): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i += 1) seen.push(await outcome(emu, `f${i}.png`));
  return seen;
}

describe('each fault', () => {
  it('answers 5xx as {message, help} and stores nothing', async () => {
    const emu = await emulatorWith({ serverErrorRate: 1, seed: 1 });
    const statuses = new Set<number>();
    for (let i = 0; i < 12; i += 1) {
      const res = await upload(emu, { file: image, fields: { fileName: 'x.png' } });
      statuses.add(res.status);
      expect(await res.json()).toMatchObject({
        message: expect.any(String),
        help: expect.any(String),
      });
    }
    expect([...statuses].every((s) => [500, 502, 503].includes(s))).toBe(true);
    expect(statuses.size).toBeGreaterThan(1);
    expect(emu.files()).toHaveLength(0);
    expect(emu.stats().faults.serverError).toBe(12);
  });

  it('answers 429 with Retry-After and X-RateLimit headers', async () => {
    const emu = await emulatorWith({ rateLimitRate: 1, retryAfterSeconds: 2 });
    const res = await upload(emu, { file: image, fields: { fileName: 'x.png' } });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('2');
    expect(res.headers.get('x-ratelimit-reset')).toBe('2000');
    expect(res.headers.get('x-ratelimit-limit')).toMatch(/^\d+$/);
    expect(await res.json()).toMatchObject({
      message: expect.any(String),
      help: expect.any(String),
    });
  });

  it('resets the connection without an answer', async () => {
    const emu = await emulatorWith({ resetRate: 1 });
    await expect(outcome(emu, 'x.png')).resolves.toBe('network-error');
    expect(emu.stats().faults.reset).toBe(1);
    expect(emu.files()).toHaveLength(0);
  });

  it('stalls: no answer arrives until the emulator closes the socket', async () => {
    const emu = await emulatorWith({ stallRate: 1 });
    let answered = false;
    const pending = outcome(emu, 'x.png').then((result) => {
      answered = true;
      return result;
    });
    while (emu.stats().faults.stall === 0) await new Promise((r) => setTimeout(r, 5));
    expect(answered).toBe(false);
    await emu.close();
    await expect(pending).resolves.toBe('network-error');
  });

  it('with faultAfterStore, stores some files whose answer is lost', async () => {
    const emu = await emulatorWith({
      serverErrorRate: 0.5,
      resetRate: 0.5,
      faultAfterStore: true,
      seed: 5,
    });
    const seen = await outcomes(emu, 16);
    expect(seen.every((s) => s !== '200')).toBe(true);
    const { faults, uploads } = emu.stats();
    expect(faults.afterStore).toBeGreaterThan(0);
    expect(uploads).toBe(faults.afterStore);
    expect(emu.files()).toHaveLength(faults.afterStore);
  });

  it('burns the token of a faulted request', async () => {
    const emu = await emulatorWith({ rateLimitRate: 1 });
    const expire = Math.floor(Date.now() / 1000) + 600;
    const fields = signedFields('faulted-token', expire);
    expect((await upload(emu, { file: image, auth: null, fields })).status).toBe(429);
    emu.setFaults({});
    const retry = await upload(emu, { file: image, auth: null, fields });
    expect(retry.status).toBe(400);
    expect(emu.stats().tokens).toEqual({ used: 1, reused: 1 });
  });
});

describe('determinism and control', () => {
  const mixed = { serverErrorRate: 0.3, rateLimitRate: 0.2, resetRate: 0.2, retryAfterSeconds: 0 };

  it('replays the same fault sequence for the same seed', async () => {
    const a = await outcomes(await emulatorWith({ ...mixed, seed: 42 }), 20);
    const b = await outcomes(await emulatorWith({ ...mixed, seed: 42 }), 20);
    const c = await outcomes(await emulatorWith({ ...mixed, seed: 7 }), 20);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(new Set(a).size).toBeGreaterThan(2);
  });

  it('changes faults at run time over HTTP', async () => {
    const emu = await emulatorWith({});
    const set = await fetch(`${emu.origin}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serverErrorRate: 1 }),
    });
    expect(set.status).toBe(200);
    expect(await outcome(emu, 'x.png')).toMatch(/^50[023]$/);
    const bad = await fetch(`${emu.origin}/__emulator/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ serverErrorRate: 0.8, resetRate: 0.8 }),
    });
    expect(bad.status).toBe(400);
    const stats = (await (await fetch(`${emu.origin}/__emulator/stats`)).json()) as {
      faults: { serverError: number };
    };
    expect(stats.faults.serverError).toBe(1);
  });

  it('refuses rates that add up to more than 1', () => {
    expect(() => new FaultPlan({ serverErrorRate: 0.6, stallRate: 0.6 })).toThrow(/exceed 1/);
    expect(() => new FaultPlan({ retryAfterSeconds: 0.5 })).toThrow(/whole number/);
  });
});
