import { describe, expect, it } from 'vitest';
import { HeldBytes, Work } from '../../../../../src/main/core/jobs/work';
import { processed } from '../../../../support/pipeline-fakes';

function encoded(mainBytes: number, thumbBytes: number) {
  const result = processed(mainBytes, thumbBytes);
  if (!result.ok) throw new Error('unreachable');
  return { variants: result.variants, sourceHash: result.sourceHash };
}

describe('Work', () => {
  it('a new run makes every earlier one stale, and abandoning leaves none current', () => {
    const work = new Work(new HeldBytes());
    const first = work.begin();
    expect(work.isRun(first.run)).toBe(true);
    const second = work.begin();
    expect(second.run).not.toBe(first.run);
    expect(work.isRun(first.run)).toBe(false);
    expect(work.isRun(second.run)).toBe(true);
    work.abandon();
    expect(work.isRun(second.run)).toBe(false);
  });

  it("abandoning stops the current run's request; a settled run's signal is left alone", () => {
    const work = new Work(new HeldBytes());
    const first = work.begin();
    work.settle(first.run);
    work.abandon();
    expect(first.signal.aborted).toBe(false);
    const second = work.begin();
    work.abandon();
    expect(second.signal.aborted).toBe(true);
  });

  it('holds its encoded bytes against the shared budget until it drops them', () => {
    const held = new HeldBytes();
    const a = new Work(held);
    const b = new Work(held);
    a.keep(encoded(1_000, 100));
    b.keep(encoded(500, 50));
    expect(held.bytes).toBe(1_650);
    // Keeping new variants lets go of the old ones first.
    a.keep(encoded(200, 20));
    expect(held.bytes).toBe(770);
    a.drop();
    a.drop();
    expect(a.encoded).toBeNull();
    expect(held.bytes).toBe(550);
    b.drop();
    expect(held.bytes).toBe(0);
  });

  it('a restored work record carries what the journal knew', () => {
    const ref = { fileId: 'f', url: 'u', filePath: '/a.webp', name: 'a.webp', bytes: 1 };
    const work = Work.restored(new HeldBytes(), { main: ref }, 'ab'.repeat(32), true);
    expect(work.uploaded).toEqual({ main: ref });
    expect(work.expectedSha256).toBe('ab'.repeat(32));
    expect(work.approved).toBe(true);
    expect(work.encoded).toBeNull();
  });
});
