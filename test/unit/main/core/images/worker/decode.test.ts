import { describe, expect, it } from 'vitest';
import { inspect } from '../../../../../../src/main/core/images/worker/decode';
import { youngCollector } from '../../../../../../src/main/core/images/worker/young-gc';
import * as fx from '../../../../../support/images';

describe('what a decode needs at once', () => {
  it('counts every DCT coefficient of a progressive JPEG, and nothing for a sequential one', async () => {
    const pixels = () => fx.solid(600, 400, { r: 10, g: 120, b: 200 });
    const progressive = await pixels()
      .jpeg({ progressive: true, chromaSubsampling: '4:4:4' })
      .toBuffer();
    const sequential = await pixels().jpeg().toBuffer();
    const seen = await inspect(progressive, 'jpeg', 800);
    expect(seen.ok && seen.value.decodeBytes).toBe(600 * 400 * 3 * 2);
    const plain = await inspect(sequential, 'jpeg', 800);
    expect(plain.ok && plain.value.decodeBytes).toBe(0);
  });

  it('counts the whole image of an interlaced PNG', async () => {
    const png = await fx
      .solid(300, 200, { r: 1, g: 2, b: 3, alpha: 0.5 })
      .png({ progressive: true })
      .toBuffer();
    const seen = await inspect(png, 'png', 800);
    expect(seen.ok && seen.value.decodeBytes).toBe(300 * 200 * 4);
  });
});

describe('the young-generation collection after each file', () => {
  it('runs without a launch flag and never throws', () => {
    const collect = youngCollector();
    expect(() => collect()).not.toThrow();
  });
});
