/**
 * Expands what the user dropped or named into candidate image files. It only looks at names and
 * file-system metadata (lstat, realpath, readdir): content is read once, later, by the image worker.
 */
import { access, lstat, readdir, realpath } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { UserError } from '../../../shared/errors';
import { SOURCE_EXTENSIONS } from '../../../shared/formats';
import { hasHiddenCharacters, showHidden } from '../../../shared/hidden-characters';
import type { SourceFile } from '../../../shared/jobs';
import { fsErrorToUserError, pathErrors } from './path-errors';

export type CollectedInput =
  | { readonly ok: true; readonly source: string; readonly file: SourceFile }
  | {
      readonly ok: false;
      readonly source: string;
      readonly name: string;
      /** The file's size when it is known (e.g. a file over the cap), else null. */
      readonly bytes: number | null;
      readonly error: UserError;
    };

export interface CollectOptions {
  /** Files larger than this fail without being opened. */
  readonly maxBytes: number;
  /** Stops the folder walk; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** At most this many rows; the folder that goes over gets one more row saying so. */
  readonly maxFiles?: number;
  /** Folders are refused instead of walked (paths another program sent). */
  readonly filesOnly?: boolean;
  /**
   * Follow a symbolic link that is itself one of the given paths (a person typed it on the
   * command line). Links inside folders are never followed, so a walk cannot loop.
   */
  readonly followGivenLinks?: boolean;
}

export interface CollectResult {
  readonly inputs: CollectedInput[];
  /** Files inside folders that were skipped because they are not images (or are hidden). */
  readonly ignored: number;
}

/**
 * Default cap on an input file. The worker holds the whole file in memory while it decodes, so the
 * cap bounds memory per worker; 256 MiB still admits a 16-bit TIFF of about 40 megapixels and any
 * realistic JPEG/PNG export, while a pool of two workers stays near half a gigabyte at worst.
 */
export const DEFAULT_MAX_INPUT_BYTES = 256 * 1024 * 1024;

/** Extensions of formats we decode. */
const SUPPORTED_EXTENSIONS = Object.values(SOURCE_EXTENSIONS).flat();
/** Image formats we recognise but cannot decode: picked up so they fail with a clear sentence. */
const UNSUPPORTED_IMAGE_EXTENSIONS = [
  'bmp',
  'jxl',
  'psd',
  'dng',
  'cr2',
  'cr3',
  'nef',
  'arw',
  'orf',
  'rw2',
  'raf',
  'ico',
  'jp2',
  'tga',
  'apng',
];
/** Extensions offered by the native file picker (without the dot). */
export const PICKABLE_EXTENSIONS: readonly string[] = SUPPORTED_EXTENSIONS;

const IMAGE_LIKE = new Set([...SUPPORTED_EXTENSIONS, ...UNSUPPORTED_IMAGE_EXTENSIONS]);

/** Folders nested deeper than this are not searched (a guard against pathological trees). */
const MAX_DEPTH = 32;

/**
 * The most files one call adds. Every file becomes a row and a job; a dropped home folder would
 * otherwise fill memory and the list with hundreds of thousands of them.
 */
export const DEFAULT_MAX_FILES = 10_000;

/** Whether a name ends like an image file (the only files picked up inside folders). */
export function looksLikeImageName(name: string): boolean {
  return IMAGE_LIKE.has(extname(name).slice(1).toLowerCase());
}

function failed(source: string, error: UserError, bytes: number | null = null): CollectedInput {
  // A name with hidden characters is shown with them written out, never as it would render.
  return { ok: false, source, name: showHidden(basename(source)), bytes, error };
}

/** Checks a regular file's metadata; access() asks the OS about permission without reading. */
async function checkFile(
  source: string,
  canonicalPath: string,
  stats: Stats,
  maxBytes: number,
): Promise<CollectedInput> {
  if (stats.size === 0) return failed(source, pathErrors.empty(), 0);
  if (stats.size > maxBytes) {
    return failed(source, pathErrors.tooLarge(stats.size, maxBytes), stats.size);
  }
  try {
    await access(source, constants.R_OK);
  } catch (err) {
    return failed(source, fsErrorToUserError(err), stats.size);
  }
  const file: SourceFile = { path: canonicalPath, name: basename(source), bytes: stats.size };
  return { ok: true, source, file };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Walk {
  readonly inputs: CollectedInput[];
  ignored: number;
  readonly opts: CollectOptions;
  /** Set once the cap was reached and said; nothing more is added after that. */
  full: boolean;
}

/** Whether the walk is at its cap; the first time, `source` gets the row that says so. */
function atCap(walk: Walk, source: string): boolean {
  if (walk.full) return true;
  const max = walk.opts.maxFiles ?? DEFAULT_MAX_FILES;
  if (walk.inputs.length < max) return false;
  walk.full = true;
  walk.inputs.push(failed(source, pathErrors.tooManyFiles(max)));
  return true;
}

/** Recurses into a folder; symlinks are never followed, so the walk cannot loop. */
async function walkFolder(
  source: string,
  canonical: string,
  depth: number,
  walk: Walk,
): Promise<void> {
  walk.opts.signal?.throwIfAborted();
  if (depth > MAX_DEPTH) {
    walk.inputs.push(failed(source, pathErrors.tooDeep()));
    return;
  }
  let entries;
  try {
    entries = await readdir(source, { withFileTypes: true });
  } catch (err) {
    walk.inputs.push(failed(source, fsErrorToUserError(err, 'folder')));
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    // Checked per entry: one flat folder can hold tens of thousands of files.
    walk.opts.signal?.throwIfAborted();
    if (atCap(walk, source)) return;
    const childSource = join(source, entry.name);
    const childCanonical = join(canonical, entry.name);
    const imageLike = looksLikeImageName(entry.name);
    // Hidden entries are system clutter (.DS_Store, macOS "._photo.jpg" resource forks, .git).
    if (entry.name.startsWith('.')) {
      walk.ignored += 1;
    } else if (hasHiddenCharacters(entry.name) && (imageLike || entry.isDirectory())) {
      walk.inputs.push(failed(childSource, pathErrors.hiddenCharacters()));
    } else if (entry.isDirectory()) {
      if (imageLike) walk.inputs.push(failed(childSource, pathErrors.isDirectoryNamedLikeImage()));
      else await walkFolder(childSource, childCanonical, depth + 1, walk);
    } else if (!imageLike) {
      walk.ignored += 1;
    } else if (entry.isSymbolicLink()) {
      walk.inputs.push(failed(childSource, pathErrors.isSymlink()));
    } else if (!entry.isFile()) {
      walk.inputs.push(failed(childSource, pathErrors.notRegularFile()));
    } else {
      walk.inputs.push(await inspectPath(childSource, childCanonical, walk.opts));
    }
  }
}

/** lstat one path that should be a file; a race with deletion becomes a sentence, not a throw. */
async function inspectPath(
  source: string,
  canonical: string,
  opts: CollectOptions,
): Promise<CollectedInput> {
  let stats: Stats;
  try {
    stats = await lstat(source);
  } catch (err) {
    return failed(source, fsErrorToUserError(err));
  }
  if (stats.isSymbolicLink()) return failed(source, pathErrors.isSymlink());
  if (stats.isDirectory()) return failed(source, pathErrors.isDirectory());
  if (!stats.isFile()) return failed(source, pathErrors.notRegularFile());
  return checkFile(source, canonical, stats, opts.maxBytes);
}

/**
 * Expands files and folders into candidate images, in a stable order: the given order, and
 * sorted names inside folders. Every problem becomes a failed entry with a sentence.
 */
export async function collectInputs(
  paths: readonly string[],
  opts: CollectOptions,
): Promise<CollectResult> {
  const walk: Walk = { inputs: [], ignored: 0, opts, full: false };
  for (const given of paths) {
    opts.signal?.throwIfAborted();
    const source = resolve(given);
    if (atCap(walk, source)) break;
    if (hasHiddenCharacters(source)) {
      walk.inputs.push(failed(source, pathErrors.hiddenCharacters()));
      continue;
    }
    let stats: Stats;
    let canonical: string;
    try {
      stats = await lstat(source);
      // The last component is checked with lstat above; only the parents are resolved.
      canonical = join(await realpath(dirname(source)), basename(source));
      if (stats.isSymbolicLink() && opts.followGivenLinks) {
        canonical = await realpath(source);
        stats = await lstat(canonical);
      }
    } catch (err) {
      // A link given to follow that never ends (a loop) is not "a link we do not follow".
      const loop = opts.followGivenLinks && (err as NodeJS.ErrnoException).code === 'ELOOP';
      walk.inputs.push(failed(source, loop ? pathErrors.linkLoop() : fsErrorToUserError(err)));
      continue;
    }
    if (stats.isSymbolicLink()) {
      walk.inputs.push(failed(source, pathErrors.isSymlink()));
    } else if (stats.isDirectory() && opts.filesOnly) {
      walk.inputs.push(failed(source, pathErrors.integrationFolder()));
    } else if (stats.isDirectory()) {
      if (looksLikeImageName(source)) {
        walk.inputs.push(failed(source, pathErrors.isDirectoryNamedLikeImage()));
      } else {
        const before = walk.inputs.length;
        await walkFolder(source, canonical, 0, walk);
        // A folder the user named that holds no images still gets a row, so nothing is silent.
        if (walk.inputs.length === before) walk.inputs.push(failed(source, pathErrors.noImages()));
      }
    } else if (!stats.isFile()) {
      walk.inputs.push(failed(source, pathErrors.notRegularFile()));
    } else {
      walk.inputs.push(await checkFile(source, canonical, stats, opts.maxBytes));
    }
  }
  return { inputs: walk.inputs, ignored: walk.ignored };
}
