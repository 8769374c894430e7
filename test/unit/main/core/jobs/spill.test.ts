import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SpillFolder } from '../../../../../src/main/core/jobs/spill';
import { processed } from '../../../../support/pipeline-fakes';
import { tempDir } from '../../../../support/images';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(): Promise<string> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  return join(temp.dir, 'spill');
}

function encoded(mainBytes: number, thumbBytes: number) {
  const result = processed(mainBytes, thumbBytes);
  if (!result.ok) throw new Error('unreachable');
  result.variants.main.data.fill(7);
  result.variants.thumb.data.fill(9);
  return { variants: result.variants, sourceHash: result.sourceHash };
}

describe('the spill folder', () => {
  it('gives back exactly the variants it was given, then removes them', async () => {
    const dir = await folder();
    const spill = SpillFolder.open(dir);
    const original = encoded(50_000, 3_000);
    const handle = await spill.write(original);
    expect(readdirSync(dir)).toHaveLength(1);
    // Only this user may read what was set aside.
    expect(statSync(join(dir, readdirSync(dir)[0]!)).mode & 0o777).toBe(0o600);
    const back = await handle!.read();
    expect(back?.sourceHash).toBe(original.sourceHash);
    expect(back?.variants.main.info).toEqual(original.variants.main.info);
    expect(
      Buffer.from(back!.variants.main.data).equals(Buffer.from(original.variants.main.data)),
    ).toBe(true);
    expect(
      Buffer.from(back!.variants.thumb.data).equals(Buffer.from(original.variants.thumb.data)),
    ).toBe(true);
    await handle!.remove();
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('says the variants are lost when their file went missing or was cut short', async () => {
    const dir = await folder();
    const spill = SpillFolder.open(dir);
    const gone = await spill.write(encoded(1_000, 100));
    const short = await spill.write(encoded(1_000, 100));
    const [first, second] = readdirSync(dir).sort();
    SpillFolder.open(dir);
    expect(existsSync(join(dir, first!))).toBe(false);
    expect(await gone!.read()).toBeNull();
    writeFileSync(join(dir, second!), Buffer.alloc(10));
    expect(await short!.read()).toBeNull();
  });
});
