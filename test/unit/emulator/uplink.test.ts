import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCli } from '../../../src/emulator/cli-args';
import { Uplink } from '../../../src/emulator/uplink';
import type { RunningEmulator } from '../../../src/emulator';
import { png, uploadOk } from '../../support/emulator';
import { useTempEmulator } from '../../support/emulator-fixture';

describe('the shared uplink', () => {
  it('books bytes one after another on one clock, so uploads at once share its rate', () => {
    let now = 1_000;
    const link = new Uplink(1_000, () => now);
    // 500 bytes at 1,000 B/s take half a second; a second booking at the same moment queues
    // behind the first, as two uploads on one connection do.
    expect(link.book(500)).toBe(500);
    expect(link.book(500)).toBe(1_000);
    now += 2_000;
    // An idle link starts from now: time it spent idle is not saved up.
    expect(link.book(250)).toBe(250);
  });

  it('refuses a rate that is not a positive number', () => {
    expect(() => new Uplink(0)).toThrow(/positive/);
    expect(() => new Uplink(Number.NaN)).toThrow(/positive/);
  });

  it('is set in megabits per second on the command line', () => {
    const config = parseCli(['--uplink-mbit', '20', '--latency', '80'], {});
    expect(config?.options.uplinkBytesPerSecond).toBe(2_500_000);
    expect(config?.options.faults?.latencyMs).toBe(80);
    expect(parseCli([], {})?.options.uplinkBytesPerSecond).toBeUndefined();
    expect(() => parseCli(['--uplink-mbit', '0'], {})).toThrow(/above 0/);
  });
});

describe('an emulator behind a slow uplink', () => {
  // Fast enough for a test, slow enough that every body is cut into many slices.
  const fixture = useTempEmulator('all', { uplinkBytesPerSecond: 4 * 1024 * 1024 });
  let emu: RunningEmulator;
  let image: Buffer;

  beforeAll(async () => {
    emu = fixture.emu;
    image = await png(400, 300, '#884422');
  });

  it('stores every byte of uploads that share it', async () => {
    const bodies = await Promise.all(
      [1, 2, 3].map((i) =>
        uploadOk(emu, image, { fileName: `slow-${i}.png`, useUniqueFileName: 'false' }),
      ),
    );
    expect(bodies.map((b) => b.size)).toEqual([image.length, image.length, image.length]);
    for (const i of [1, 2, 3]) {
      const stored = await readFile(`${fixture.dataDir}/files/slow-${i}.png`);
      expect(stored.equals(image)).toBe(true);
    }
  });
});
