/**
 * The bench corpus: Debian's plasma-workspace-wallpapers (large JPEG and PNG photos and
 * renders), fetched once with apt-get into bench/.corpus (gitignored).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const PACKAGE = 'plasma-workspace-wallpapers';
export const CORPUS_DIR = resolve(import.meta.dirname, '.corpus');
const EXTRACTED = join(CORPUS_DIR, 'extracted');
const WALLPAPERS = join(EXTRACTED, 'usr/share/wallpapers');

export interface CorpusImage {
  readonly path: string;
  /** e.g. "Altai 5120x2880.png" */
  readonly label: string;
  readonly bytes: number;
  readonly format: 'jpeg' | 'png';
}

function run(cmd: string, args: string[], cwd: string): void {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Downloads and unpacks the package unless it is already there. */
export function ensureCorpus(log: (line: string) => void): void {
  if (existsSync(WALLPAPERS)) return;
  mkdirSync(CORPUS_DIR, { recursive: true });
  log(`Fetching ${PACKAGE} with apt-get download (about 94 MB, once)...`);
  try {
    run('apt-get', ['download', PACKAGE], CORPUS_DIR);
  } catch {
    log('apt-get download failed; running apt-get update and trying again...');
    run('apt-get', ['update'], CORPUS_DIR);
    run('apt-get', ['download', PACKAGE], CORPUS_DIR);
  }
  const deb = readdirSync(CORPUS_DIR).find(
    (name) => name.startsWith(PACKAGE) && name.endsWith('.deb'),
  );
  if (!deb) throw new Error(`apt-get download left no ${PACKAGE} .deb in ${CORPUS_DIR}`);
  run('dpkg-deb', ['-x', deb, EXTRACTED], CORPUS_DIR);
}

/**
 * The largest picture of each wallpaper (the package also ships phone-sized copies): about 20
 * photos of 4 to 15 megapixels, JPEG and PNG, in a stable order.
 */
export function pickPhotos(): CorpusImage[] {
  const picked: CorpusImage[] = [];
  for (const name of readdirSync(WALLPAPERS).sort()) {
    const dir = join(WALLPAPERS, name, 'contents/images');
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((f) => /\.(jpe?g|png)$/i.test(f))
      .map((f) => ({
        f,
        bytes: statSync(join(dir, f)).size,
        px: f.split(/[x.]/).slice(0, 2).map(Number),
      }))
      .sort((a, b) => b.px[0]! * b.px[1]! - a.px[0]! * a.px[1]! || b.bytes - a.bytes);
    const best = files[0];
    if (!best) continue;
    picked.push({
      path: join(dir, best.f),
      label: `${name} ${best.f}`,
      bytes: best.bytes,
      format: /\.png$/i.test(best.f) ? 'png' : 'jpeg',
    });
  }
  return picked;
}

/**
 * `count` distinct photos for a batch: the largest picture of each wallpaper, then the next
 * size down of the first wallpapers, so no two have the same content.
 */
export function pickBatch(count: number): CorpusImage[] {
  const largest = pickPhotos();
  const batch = largest.slice(0, count);
  for (const photo of largest) {
    if (batch.length >= count) break;
    const dir = dirname(photo.path);
    const next = readdirSync(dir)
      // Some sizes are symbolic links to others, which the app refuses to follow.
      .filter((f) => /\.(jpe?g|png)$/i.test(f) && !lstatSync(join(dir, f)).isSymbolicLink())
      .filter((f) => join(dir, f) !== photo.path)
      .map((f) => ({ f, px: f.split(/[x.]/).slice(0, 2).map(Number) }))
      .sort((a, b) => b.px[0]! * b.px[1]! - a.px[0]! * a.px[1]!)[0];
    if (!next) continue;
    const path = join(dir, next.f);
    batch.push({
      path,
      label: `${photo.label.split(' ')[0]} ${next.f}`,
      bytes: statSync(path).size,
      format: /\.png$/i.test(next.f) ? 'png' : 'jpeg',
    });
  }
  return batch;
}
