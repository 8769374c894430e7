import { basename, extname } from 'node:path';
import { extensionFor, type Presets } from '../../shared/presets';

export interface OutputNames {
  readonly main: string;
  readonly thumb: string;
}

/** The stem of an output name: the source name without its extension. */
function stemOf(source: string): string {
  const name = basename(source);
  const stem = name.slice(0, name.length - extname(name).length);
  return stem.length > 0 ? stem : name;
}

/**
 * Output file names for each source, in order: `<name>.<ext>` and `<name>.thumb.<ext>`. A name
 * already taken (two a.jpg from different folders, or a.jpg next to a.png) gets -2, -3, ...
 * Compared without case, so the result also holds on case-insensitive disks.
 */
export function planOutputNames(sources: readonly string[], presets: Presets): OutputNames[] {
  const taken = new Set<string>();
  const mainExt = extensionFor(presets.main.format);
  const thumbExt = extensionFor(presets.thumb.format);
  return sources.map((source) => {
    const stem = stemOf(source);
    for (let n = 1; ; n += 1) {
      const candidate = n === 1 ? stem : `${stem}-${n}`;
      const names = { main: `${candidate}.${mainExt}`, thumb: `${candidate}.thumb.${thumbExt}` };
      const keys = [names.main.toLowerCase(), names.thumb.toLowerCase()];
      if (keys.every((key) => !taken.has(key))) {
        for (const key of keys) taken.add(key);
        return names;
      }
    }
  });
}
