/**
 * The rules for watch folders: what a stored entry or a change from Settings must look like.
 * A folder enters the list only from the OS picker (see the service), never from a patch.
 */
import { posix, win32 } from 'node:path';
import type { WatchFolder, WatchFolderChange, WatchSettings } from '../../../shared/watch';
import { MAX_WATCH_FOLDERS } from '../../../shared/watch';
import { strings } from '../../../shared/strings';
import { InvalidInputError, bool, list, record, text } from '../common/validate';
import { parseDestination } from './destination-rules';

const F = strings.validation.fields;

/** A watched folder's path: absolute on this computer's rules (or `platformName`'s). */
export function watchPath(
  value: unknown,
  platformName: NodeJS.Platform = process.platform,
): string {
  const path = text(value, F.watchFolder, 4096);
  const { isAbsolute } = platformName === 'win32' ? win32 : posix;
  if (path.length === 0 || !isAbsolute(path))
    throw new InvalidInputError(strings.watch.notAbsolute);
  return path;
}

/** Checks a change Settings asks for: the folder and tags by the destination rules. */
export function parseWatchChange(value: unknown): WatchFolderChange {
  const v = record(value, F.watchChange);
  const out: { -readonly [K in keyof WatchFolderChange]?: WatchFolderChange[K] } = {};
  if ('folder' in v || 'tags' in v) {
    const destination = parseDestination({ folder: v.folder ?? '/', tags: v.tags ?? [] });
    if ('folder' in v) out.folder = destination.folder;
    if ('tags' in v) out.tags = destination.tags;
  }
  if ('enabled' in v) out.enabled = bool(v.enabled, F.watchEnabled);
  return out;
}

/** One entry as it was saved; throws when it is not a valid one. */
function storedEntry(value: unknown): WatchFolder {
  const v = record(value, F.watchFolder);
  const { folder, tags } = parseDestination({ folder: v.folder, tags: v.tags });
  return { path: watchPath(v.path), folder, tags, enabled: bool(v.enabled, F.watchEnabled) };
}

/** The watch folders read from disk: each valid entry once, invalid ones left out. */
export function watchFromStored(value: unknown): WatchSettings {
  if (typeof value !== 'object' || value === null) return { folders: [] };
  let entries: unknown[];
  try {
    entries = list((value as Record<string, unknown>).folders, F.watchFolder, 1_000, (e) => e);
  } catch {
    return { folders: [] };
  }
  const folders: WatchFolder[] = [];
  for (const raw of entries) {
    try {
      const entry = storedEntry(raw);
      if (folders.length < MAX_WATCH_FOLDERS && !folders.some((f) => f.path === entry.path))
        folders.push(entry);
    } catch {
      // A hand-edited entry that is not valid is dropped; the rest are kept.
    }
  }
  return { folders };
}

/** The list with `path` added, watching into `destination`; throws the sentence when it may not. */
export function withWatchFolder(
  folders: readonly WatchFolder[],
  path: string,
  destination: { readonly folder: string; readonly tags: readonly string[] },
): WatchFolder[] {
  if (folders.some((f) => f.path === path))
    throw new InvalidInputError(strings.watch.alreadyWatched(path));
  if (folders.length >= MAX_WATCH_FOLDERS)
    throw new InvalidInputError(strings.watch.tooMany(MAX_WATCH_FOLDERS));
  return [...folders, { path, folder: destination.folder, tags: destination.tags, enabled: true }];
}

/** The list with the entry for `path` changed; throws when there is none. */
export function withWatchChange(
  folders: readonly WatchFolder[],
  path: string,
  change: WatchFolderChange,
): WatchFolder[] {
  if (!folders.some((f) => f.path === path))
    throw new InvalidInputError(strings.watch.notInList(path));
  return folders.map((f) => (f.path === path ? { ...f, ...change } : f));
}

/** The list without the entry for `path`; throws when there is none. */
export function withoutWatchFolder(folders: readonly WatchFolder[], path: string): WatchFolder[] {
  if (!folders.some((f) => f.path === path))
    throw new InvalidInputError(strings.watch.notInList(path));
  return folders.filter((f) => f.path !== path);
}
