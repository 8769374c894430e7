/** The rules for where files go on ImageKit: a folder and its tags. */
import type { BatchDestination } from '../../../shared/jobs';
import type { CustomScalar, CustomValue, CustomValues } from '../../../shared/custom-metadata';
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

/** The most custom metadata values one batch may carry. */
export const MAX_CUSTOM_VALUES = 100;

const isScalar = (v: unknown): v is CustomScalar =>
  typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean';

/**
 * Custom metadata values as the page or a file sent them: field names to a text, number, yes/no
 * or a list of them. Whether each field takes its value is checked against the account's fields.
 */
export function parseCustomValues(value: unknown): CustomValues {
  const v = record(value, F.customMetadata);
  const entries = Object.entries(v);
  if (entries.length > MAX_CUSTOM_VALUES) {
    throw new InvalidInputError(strings.validation.tooManyCustomValues(MAX_CUSTOM_VALUES));
  }
  const out: Record<string, CustomValue> = {};
  for (const [name, item] of entries) {
    text(name, F.customMetadata, 100);
    if (isScalar(item)) out[name] = typeof item === 'string' ? text(item, name, 10_000) : item;
    else if (Array.isArray(item) && item.length <= 100 && item.every(isScalar)) out[name] = item;
    else throw new InvalidInputError(strings.validation.customValue(name));
  }
  return out;
}

/** Validate a batch's folder and tags, with the same rules as the Settings fields. */
export function parseDestination(value: unknown): BatchDestination {
  const v = record(value, F.destination);
  const customMetadata =
    v.customMetadata === undefined ? undefined : parseCustomValues(v.customMetadata);
  return {
    folder: normalizeFolder(v.folder),
    tags: [...new Set(list(v.tags, F.tags, MAX_TAGS, tag))],
    ...(customMetadata && Object.keys(customMetadata).length > 0 ? { customMetadata } : {}),
  };
}
