import { describe, expect, it } from 'vitest';
import { historyKeyTarget } from '../../../../../src/renderer/src/features/history/history-keys';

describe('the History list keyboard', () => {
  it('moves one row, a page, or to either end, and stops at the ends', () => {
    expect(historyKeyTarget('ArrowDown', 3, 10, 4)).toBe(4);
    expect(historyKeyTarget('ArrowUp', 3, 10, 4)).toBe(2);
    expect(historyKeyTarget('PageDown', 3, 10, 4)).toBe(7);
    expect(historyKeyTarget('PageDown', 8, 10, 4)).toBe(9);
    expect(historyKeyTarget('PageUp', 2, 10, 4)).toBe(0);
    expect(historyKeyTarget('ArrowUp', 0, 10, 4)).toBe(0);
    expect(historyKeyTarget('ArrowDown', 9, 10, 4)).toBe(9);
    expect(historyKeyTarget('Home', 7, 10, 4)).toBe(0);
    expect(historyKeyTarget('End', 0, 100_000, 4)).toBe(99_999);
  });

  it('leaves other keys to the checkbox and buttons', () => {
    for (const key of [' ', 'Enter', 'Tab', 'a', 'Delete']) {
      expect(historyKeyTarget(key, 3, 10, 4)).toBeNull();
    }
  });
});
