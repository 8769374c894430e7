import { describe, expect, it } from 'vitest';
import {
  editSorted,
  indexIn,
  type ListChanges,
} from '../../../../../src/renderer/src/store/jobs/sorted-ids';

/** Rows r0, r1, ... ranked by their number. */
const id = (n: number): string => `r${n}`;
const rankOf = (row: string): number => (/^r\d+$/.test(row) ? Number(row.slice(1)) : -1);
const rows = (...ns: number[]): string[] => ns.map(id);

/** What the list should hold: every row of `list` and the rows put in, less those taken out. */
function expected(list: readonly string[], changes: ListChanges): string[] {
  const set = new Set(list);
  for (const [row, inside] of changes) {
    if (inside) set.add(row);
    else set.delete(row);
  }
  return [...set].sort((a, b) => rankOf(a) - rankOf(b));
}

/** A made-up, repeatable sequence of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

describe('rows kept in list order by rank', () => {
  it('finds a row by binary search, and answers -1 for one that is not there', () => {
    const list = rows(1, 4, 9, 16, 25);
    expect(indexIn(list, 'r16', rankOf)).toBe(3);
    expect(indexIn(list, 'r1', rankOf)).toBe(0);
    expect(indexIn(list, 'r5', rankOf)).toBe(-1);
    expect(indexIn(list, 'gone', rankOf)).toBe(-1);
    expect(indexIn([], 'r1', rankOf)).toBe(-1);
  });

  it('puts rows in at their place and takes rows out, leaving the old list as it was', () => {
    const list = rows(2, 4, 6);
    const changes = new Map([
      ['r5', true],
      ['r1', true],
      ['r9', true],
      ['r4', false],
    ]);
    const next = editSorted(list, changes, rankOf);
    expect(next).toEqual(rows(1, 2, 5, 6, 9));
    expect(list).toEqual(rows(2, 4, 6));
  });

  it('answers the same array when nothing changes, or when every change is already so', () => {
    const list = rows(2, 4, 6);
    expect(editSorted(list, new Map(), rankOf)).toBe(list);
    const noOps = new Map([
      ['r4', true],
      ['r5', false],
    ]);
    expect(editSorted(list, noOps, rankOf)).toBe(list);
  });

  it('gives the same lists one change at a time and in bulk', () => {
    const random = seeded(7);
    for (const size of [0, 10, 2_000]) {
      const list = rows(...Array.from({ length: size }, (_, i) => i * 2));
      for (const count of [1, 20, 300, 3_000]) {
        const changes = new Map<string, boolean>();
        for (let k = 0; k < count; k++) {
          changes.set(id(Math.floor(random() * size * 2 + 10)), random() < 0.5);
        }
        expect(editSorted(list, changes, rankOf), `${size} rows, ${count} changes`).toEqual(
          expected(list, changes),
        );
      }
    }
  });
});
