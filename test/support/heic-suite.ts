/** A describe() for HEIC tests: skipped, with one line saying why, when heif-enc is missing. */
import { describe } from 'vitest';
import { HEIF_ENC_MISSING, heifEncAvailable } from './heic';

export const describeHeic: typeof describe.skip = (() => {
  if (heifEncAvailable) return describe;
  console.warn(HEIF_ENC_MISSING);
  return describe.skip;
})();
