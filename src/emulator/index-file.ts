import { readFile, rename, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FieldRecord } from './metadata-fields';
import type { StoredFile } from './types';

/** A stored file as kept on disk; its url depends on the port, so it is built when shown. */
export type FileRecord = Omit<StoredFile, 'url'>;

export interface IndexData {
  readonly version: 1;
  readonly files: readonly FileRecord[];
  /** Used upload tokens and when each was first seen (ms since epoch). */
  readonly tokens: Readonly<Record<string, number>>;
  /** The account's custom metadata fields (absent in indexes written before they existed). */
  readonly customMetadataFields?: readonly FieldRecord[];
}

const EMPTY: IndexData = { version: 1, files: [], tokens: {} };

/** Reads the index from a data folder; a missing index is an empty library. */
export async function loadIndex(dataDir: string): Promise<IndexData> {
  const path = indexPath(dataDir);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY;
    throw error;
  }
  try {
    const data = JSON.parse(text) as Partial<IndexData>;
    return {
      version: 1,
      files: data.files ?? [],
      tokens: data.tokens ?? {},
      customMetadataFields: data.customMetadataFields ?? [],
    };
  } catch {
    throw new Error(
      `The emulator's index at ${path} is not valid JSON. Move it away (or delete the data folder) and start again.`,
    );
  }
}

/**
 * Writes the index atomically (temp file + rename), one write at a time. Saves asked for while
 * a write is queued share it, so a burst of uploads costs few writes, yet each save resolves
 * only after a write that includes its change.
 */
export class IndexWriter {
  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | null = null;
  private writes = 0;

  constructor(
    private readonly dataDir: string,
    private readonly snapshot: () => IndexData,
  ) {}

  /** Schedules a write of the current state. */
  save(): Promise<void> {
    if (this.queued) return this.queued;
    const run = this.tail.then(async () => {
      this.queued = null;
      await this.writeNow();
    });
    this.queued = run;
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Resolves when every scheduled write has finished. */
  flush(): Promise<void> {
    return this.tail;
  }

  private async writeNow(): Promise<void> {
    await mkdir(this.dataDir, { recursive: true });
    this.writes += 1;
    const temp = `${indexPath(this.dataDir)}.${process.pid}.${this.writes}.tmp`;
    await writeFile(temp, JSON.stringify(this.snapshot(), null, 1));
    await rename(temp, indexPath(this.dataDir));
  }
}

function indexPath(dataDir: string): string {
  return join(dataDir, 'index.json');
}
