/**
 * Where the encoded variants of a file whose upload failed or was stopped go, so they stop
 * counting against the memory budget yet a retry does not have to process the file again:
 * reading 50 KB back costs well under a millisecond, processing again about 100 ms of CPU (see
 * docs/images.md, "Retry after a failed upload"). The folder is the app's (or the CLI's state
 * folder); it is emptied when the service starts, since nothing in it outlives the session.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { VariantInfo, Variants } from '../../../shared/jobs';
import type { Encoded } from './work';

/** Variants written aside; read them back once, or remove them. */
export interface SpillHandle {
  /** The variants as they were written, or null if the file went missing or is damaged. */
  read(): Promise<Encoded | null>;
  /** Deletes the file; never rejects. */
  remove(): Promise<void>;
}

/** The port the pipeline sets variants aside through. */
export interface Spill {
  /** Writes the variants; resolves with a handle, or null when they could not be written. */
  write(encoded: Encoded): Promise<SpillHandle | null>;
}

/** A spill in a folder of its own: one file per set of variants, main's bytes then the thumbnail's. */
export class SpillFolder implements Spill {
  private count = 0;

  private constructor(private readonly dir: string) {}

  /** Empties (or makes) `dir` and spills into it. */
  static open(dir: string): SpillFolder {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    return new SpillFolder(dir);
  }

  async write(encoded: Encoded): Promise<SpillHandle | null> {
    const path = join(this.dir, `${++this.count}.bin`);
    const { main, thumb } = encoded.variants;
    const infos: Variants<VariantInfo> = { main: main.info, thumb: thumb.info };
    const split = main.data.byteLength;
    const total = split + thumb.data.byteLength;
    try {
      await writeFile(path, Buffer.concat([main.data, thumb.data]), { mode: 0o600 });
    } catch {
      // A full disk: a retry then processes the file again.
      return null;
    }
    const remove = (): Promise<void> => rm(path, { force: true }).catch(() => undefined);
    return {
      remove,
      read: async () => {
        const bytes = await readFile(path).catch(() => null);
        if (!bytes || bytes.byteLength !== total) return null;
        return {
          sourceHash: encoded.sourceHash,
          variants: {
            main: { info: infos.main, data: new Uint8Array(bytes.subarray(0, split)) },
            thumb: { info: infos.thumb, data: new Uint8Array(bytes.subarray(split)) },
          },
        };
      },
    };
  }
}
