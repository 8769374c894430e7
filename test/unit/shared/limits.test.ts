import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../../src/main/core/api/method-args';
import { HISTORY_SEARCH_MAX, LIBRARY_SEARCH_MAX } from '../../../src/shared/limits';

/** Whether main's checks on the page's calls accept the call's arguments. */
const accepted = (method: 'queryHistory' | 'listLibrary', search: string): boolean => {
  try {
    parseArgs(method, [{ search }]);
    return true;
  } catch {
    return false;
  }
};

describe('the search boxes allow exactly what main accepts', () => {
  it('History: a search of HISTORY_SEARCH_MAX characters, not one more', () => {
    expect(accepted('queryHistory', 'a'.repeat(HISTORY_SEARCH_MAX))).toBe(true);
    expect(accepted('queryHistory', 'a'.repeat(HISTORY_SEARCH_MAX + 1))).toBe(false);
  });

  it('Library: a search of LIBRARY_SEARCH_MAX characters, not one more', () => {
    expect(accepted('listLibrary', 'a'.repeat(LIBRARY_SEARCH_MAX))).toBe(true);
    expect(accepted('listLibrary', 'a'.repeat(LIBRARY_SEARCH_MAX + 1))).toBe(false);
  });
});
