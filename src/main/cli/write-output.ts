import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { UserError } from '../../shared/errors';
import { PRIVATE_FILE_MODE } from '../core/common/private-file';
import { pathErrors } from '../core/paths/path-errors';

export interface OutputFile {
  readonly name: string;
  readonly data: Uint8Array;
}

export type WriteOutcome =
  | { readonly ok: true; readonly paths: string[] }
  | { readonly ok: false; readonly error: UserError };

/**
 * Writes a file's outputs all-or-nothing, readable by the user only: each goes to a hidden temporary name first and is
 * renamed into place (atomic on one disk); on any failure, nothing of this file is left behind.
 */
export async function writeAllOrNothing(
  dir: string,
  files: readonly OutputFile[],
): Promise<WriteOutcome> {
  const tag = randomBytes(4).toString('hex');
  const temps = files.map((f) => join(dir, `.${f.name}.${tag}.tmp`));
  const finals = files.map((f) => join(dir, f.name));
  const placed: string[] = [];
  try {
    for (const [i, file] of files.entries())
      await writeFile(temps[i]!, file.data, { flag: 'wx', mode: PRIVATE_FILE_MODE });
    for (const [i, temp] of temps.entries()) {
      await rename(temp, finals[i]!);
      placed.push(finals[i]!);
    }
    return { ok: true, paths: finals };
  } catch (err) {
    await Promise.all([...temps, ...placed].map((p) => unlink(p).catch(() => undefined)));
    return { ok: false, error: pathErrors.writeFailed(err) };
  }
}
