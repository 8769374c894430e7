/** Made-up history entries for tests: realistic shapes, predictable names and times. */
import type { HistoryEntry, HistoryVariant } from '../../src/shared/history';

export interface EntrySeed {
  readonly name: string;
  readonly folder?: string;
  readonly uploadedAt: number;
  /** Where the files are served; defaults to ImageKit's own host. */
  readonly urlEndpoint?: string;
}

function variant(base: string, file: string, width: number, height: number): HistoryVariant {
  return {
    url: `${base}${file}`,
    fileId: `file_${file.replace(/[^A-Za-z0-9]/g, '')}`,
    filePath: file,
    width,
    height,
    bytes: width * height,
  };
}

/** One entry as the pipeline would record it after uploading `seed.name`. */
export function historyEntry(seed: EntrySeed): Omit<HistoryEntry, 'id'> {
  const folder = seed.folder ?? '/';
  const base = (seed.urlEndpoint ?? 'https://ik.imagekit.io/demo').replace(/\/$/, '');
  const stem = seed.name.replace(/\.[^.]+$/, '').replace(/[^A-Za-z0-9.-]/g, '-');
  const dir = folder === '/' ? '/' : `${folder}/`;
  return {
    source: `/photos${dir}${seed.name}`,
    name: seed.name,
    sha256: Buffer.from(seed.name).toString('hex').padEnd(64, '0').slice(0, 64),
    presetsHash: 'presets-v1',
    origin: 'https://upload.imagekit.io',
    folder,
    uploadedAt: seed.uploadedAt,
    main: variant(base, `${dir}${stem}.webp`, 800, 533),
    thumb: variant(base, `${dir}${stem}-thumb.png`, 50, 33),
  };
}
