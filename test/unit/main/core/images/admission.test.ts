import { describe, expect, it } from 'vitest';
import { DecodeAdmission } from '../../../../../src/main/core/images/admission';

const MiB = 1024 * 1024;

describe('decodes that need a lot of memory at once', () => {
  it('take turns once the budget is spent, in the order they asked, and one alone always goes', () => {
    const admission = new DecodeAdmission(100 * MiB);
    const granted: string[] = [];
    const [a, b, c, d] = [{}, {}, {}, {}];
    admission.ask(a, 88 * MiB, () => granted.push('a'));
    // Together with 'a' it would pass the budget: it waits, and so does whoever asks after it.
    admission.ask(b, 88 * MiB, () => granted.push('b'));
    admission.ask(c, 5 * MiB, () => granted.push('c'));
    expect(granted).toEqual(['a']);
    admission.release(a);
    expect(granted).toEqual(['a', 'b', 'c']);
    // Larger than the whole budget: it still goes, once nothing else is decoding.
    admission.ask(d, 300 * MiB, () => granted.push('d'));
    expect(granted).toEqual(['a', 'b', 'c']);
    admission.release(b);
    admission.release(c);
    expect(granted).toEqual(['a', 'b', 'c', 'd']);
  });

  it('forgets a decode that was stopped while it waited', () => {
    const admission = new DecodeAdmission(100 * MiB);
    const granted: string[] = [];
    const [a, b, c] = [{}, {}, {}];
    admission.ask(a, 90 * MiB, () => granted.push('a'));
    admission.ask(b, 90 * MiB, () => granted.push('b'));
    admission.ask(c, 90 * MiB, () => granted.push('c'));
    admission.release(b);
    admission.release(a);
    expect(granted).toEqual(['a', 'c']);
  });
});
