/** Where the History list's arrow keys go, worked out apart from the DOM to be tested. */

/** The row index a key moves to from `index` among `total` rows, or null for other keys. */
export function historyKeyTarget(
  key: string,
  index: number,
  total: number,
  page: number,
): number | null {
  const last = total - 1;
  const clamp = (i: number): number => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(index + 1);
    case 'ArrowUp':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + page);
    case 'PageUp':
      return clamp(index - page);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
