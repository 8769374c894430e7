/** The rules for where files go on ImageKit: a folder and its tags. */
import type { BatchDestination } from '../../../shared/jobs';
import { folderSpelling } from '../../../shared/folders';
import { InvalidInputError, list, record, text } from '../common/validate';
import { strings } from '../../../shared/strings';

const F = strings.validation.fields;

export const MAX_TAGS = 30;
/** Checks an ImageKit folder (safe characters only) and gives its one spelling (shared/folders.ts). */
export function normalizeFolder(value: unknown): string {
  const raw = text(value, F.folder, 512).trim();
  const spelled = folderSpelling(raw);
  for (const part of spelled === '/' ? [] : spelled.slice(1).split('/')) {
    if (part === '.' || part === '..' || !/^[A-Za-z0-9 _.@-]+$/.test(part)) {
      throw new InvalidInputError(strings.validation.folderPart(raw, part));
    }
  }
  return spelled;
}

export function tag(value: unknown, what: string): string {
  const t = text(value, what, 100).trim();
  if (t.length === 0 || t.includes(',')) {
    throw new InvalidInputError(strings.validation.tag(what));
  }
  return t;
}

/** Validate a batch's folder and tags, with the same rules as the Settings fields. */
export function parseDestination(value: unknown): BatchDestination {
  const v = record(value, F.destination);
  return {
    folder: normalizeFolder(v.folder),
    tags: [...new Set(list(v.tags, F.tags, MAX_TAGS, tag))],
  };
}
