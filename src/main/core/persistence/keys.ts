/** The parts of the duplicate key that come from settings: presets, upload origin, folder. */
import { createHash } from 'node:crypto';
import type { Presets } from '../../../shared/presets';
import { VARIANT_NAMES } from '../../../shared/presets';

/** A short hash of what shapes the variants; other settings (tags, concurrency) do not count. */
export function presetsHash(presets: Presets): string {
  const canonical = VARIANT_NAMES.map((v) => {
    const p = presets[v];
    return `${v}:${p.format}:${p.maxSide}:${p.maxBytes}`;
  }).join('|');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** The origin uploads go to ("https://upload.imagekit.io"); the URL itself when it is not one. */
export function uploadOrigin(uploadUrl: string): string {
  try {
    return new URL(uploadUrl.trim()).origin;
  } catch {
    return uploadUrl.trim();
  }
}
