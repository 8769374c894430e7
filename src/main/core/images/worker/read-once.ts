/**
 * Reads a file exactly once: one open, a small header read for sniffing, and (only if the
 * header is accepted) the rest into the same buffer through the same handle. Every open and
 * every byte is counted, so "read once" is checked rather than assumed.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { constants } from 'node:fs';
import type { UserError } from '../../../../shared/errors';
import { fsErrorToUserError, pathErrors } from '../../paths/path-errors';
import { isCheckedFile } from './opened-check';
import type { ReadStats } from '../types';

/** Counters the reader updates as it goes; the caller reports them in its result. */
export interface ReadCounter {
  opens: number;
  bytesRead: number;
}

/** Decides from the first bytes (and the size) whether the rest is worth reading. */
export type HeaderCheck<T> = (
  header: Uint8Array,
  size: number,
) => { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: UserError };

export type ReadOutcome<T> =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly value: T }
  | { readonly ok: false; readonly error: UserError };

/** Fresh zeroed counters. */
export function newReadCounter(): ReadCounter {
  return { opens: 0, bytesRead: 0 };
}

/** A frozen copy of the counters for a result object. */
export function snapshot(counter: ReadCounter): ReadStats {
  return { opens: counter.opens, bytesRead: counter.bytesRead };
}

/** Fills buf[from, to) from the handle; returns how far it got (less at end of file). */
async function readRange(
  handle: FileHandle,
  buf: Uint8Array,
  from: number,
  to: number,
  counter: ReadCounter,
): Promise<number> {
  let at = from;
  while (at < to) {
    const { bytesRead } = await handle.read(buf, at, to - at, at);
    if (bytesRead === 0) break;
    counter.bytesRead += bytesRead;
    at += bytesRead;
  }
  return at;
}

function openError(err: unknown): UserError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  // The path was checked when it was added; if it is gone now, it vanished in between.
  if (code === 'ENOENT') return pathErrors.vanished();
  return fsErrorToUserError(err);
}

/**
 * Opens `path` once (never through a symlink, at the end or in a parent), reads up to
 * `headerBytes`, asks `check`, and reads the rest only when the check accepts. `path` must be
 * canonical (parents resolved), as paths/collect.ts makes it when the file is added. Failures come back
 * as sentences, never throws.
 */
export async function readOnce<T>(
  path: string,
  opts: { readonly maxBytes: number; readonly headerBytes: number; readonly check: HeaderCheck<T> },
  counter: ReadCounter,
): Promise<ReadOutcome<T>> {
  let handle: FileHandle;
  counter.opens += 1;
  try {
    // O_NOFOLLOW closes the gap between the path check and this open: a file swapped for a
    // symlink in between is refused rather than followed.
    handle = await open(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    return { ok: false, error: openError(err) };
  }
  try {
    const stats = await handle.stat();
    if (!(await isCheckedFile(handle, stats, path)))
      return { ok: false, error: pathErrors.replaced() };
    if (stats.isDirectory()) return { ok: false, error: pathErrors.isDirectory() };
    if (!stats.isFile()) return { ok: false, error: pathErrors.notRegularFile() };
    if (stats.size === 0) return { ok: false, error: pathErrors.empty() };
    if (stats.size > opts.maxBytes) {
      return { ok: false, error: pathErrors.tooLarge(stats.size, opts.maxBytes) };
    }
    // One buffer for the whole file; untouched pages of a rejected file are never committed.
    const buf = new Uint8Array(stats.size);
    const headerEnd = await readRange(
      handle,
      buf,
      0,
      Math.min(opts.headerBytes, stats.size),
      counter,
    );
    if (headerEnd === 0) return { ok: false, error: pathErrors.empty() };
    const verdict = opts.check(buf.subarray(0, headerEnd), stats.size);
    if (!verdict.ok) return verdict;
    const end =
      headerEnd < stats.size
        ? await readRange(handle, buf, headerEnd, stats.size, counter)
        : headerEnd;
    if (end < stats.size) return { ok: false, error: pathErrors.changedWhileReading() };
    return { ok: true, bytes: buf, value: verdict.value };
  } catch (err) {
    return { ok: false, error: fsErrorToUserError(err) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
