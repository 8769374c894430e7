import { ApiError, MESSAGES } from './http-reply';
import type { ParsedForm } from './multipart';

/** An upload's parameters, validated and with ImageKit's defaults applied. */
export interface UploadFields {
  readonly bytes: Buffer;
  /** Sanitised: anything outside [A-Za-z0-9.-] became "_". */
  readonly fileName: string;
  /** Normalised: "/" or "/a/b/". */
  readonly folder: string;
  readonly useUniqueFileName: boolean;
  readonly overwriteFile: boolean;
  readonly overwriteTags: boolean;
  readonly overwriteCustomMetadata: boolean;
  readonly isPrivateFile: boolean;
  readonly tags: readonly string[] | undefined;
  readonly customMetadata: Readonly<Record<string, unknown>> | undefined;
  readonly customCoordinates: string | undefined;
  /** The file's description (the app sends its alt text here). */
  readonly description: string | undefined;
  readonly responseFields: ReadonlySet<string>;
  /** Names of the extensions asked for (`extensions`), e.g. "ai-auto-description". */
  readonly extensions: readonly string[];
}

const MAX_TAG_CHARS = 500;

/** Validates an upload form; throws an ApiError (400) naming the first bad parameter. */
export function readUploadFields(form: ParsedForm): UploadFields {
  const text = (name: string): string | undefined => form.fields.get(name);
  const bytes = form.file ? form.file.bytes : decodeTextFile(text('file'));
  if (bytes.length === 0) throw new ApiError(400, MESSAGES.missingFile);
  return {
    bytes,
    fileName: sanitiseFileName(text('fileName')),
    folder: normaliseFolder(text('folder')),
    useUniqueFileName: flag(form, 'useUniqueFileName', true),
    overwriteFile: flag(form, 'overwriteFile', true),
    overwriteTags: flag(form, 'overwriteTags', true),
    overwriteCustomMetadata: flag(form, 'overwriteCustomMetadata', true),
    isPrivateFile: flag(form, 'isPrivateFile', false),
    tags: parseTags(text('tags')),
    customMetadata: parseMetadata(text('customMetadata')),
    customCoordinates: parseCoordinates(text('customCoordinates')),
    description: parseDescription(text('description')),
    responseFields: new Set(splitList(text('responseFields') ?? '')),
    extensions: parseExtensions(text('extensions')),
  };
}

/** ImageKit's rule: characters outside [A-Za-z0-9.-] (space included) become "_". */
export function sanitiseFileName(raw: string | undefined): string {
  if (raw === undefined || raw.trim() === '') throw new ApiError(400, MESSAGES.missingFileName);
  const name = Array.from(raw, (ch) => (/^[A-Za-z0-9.-]$/.test(ch) ? ch : '_')).join('');
  if (/^\.+$/.test(name)) {
    throw new ApiError(400, 'Your request contains invalid fileName parameter.');
  }
  return name;
}

/** Folder names keep [A-Za-z0-9/_-]; nested folders come from "/"; the root is "/". */
export function normaliseFolder(raw: string | undefined): string {
  const cleaned = Array.from(raw ?? '/', (ch) => (/^[A-Za-z0-9/_-]$/.test(ch) ? ch : '_')).join('');
  const segments = cleaned.split('/').filter(Boolean);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function decodeTextFile(raw: string | undefined): Buffer {
  const value = raw?.trim();
  if (value === undefined || value === '') throw new ApiError(400, MESSAGES.missingFile);
  if (/^https?:\/\//i.test(value)) {
    throw new ApiError(
      400,
      'The emulator does not fetch URLs: send the file as binary data or base64 instead. (ImageKit itself would download it.)',
    );
  }
  const base64 = value.replace(/^data:[^,]*;base64,/i, '').replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(base64) || base64.length % 4 === 1) {
    throw new ApiError(
      400,
      'Your request contains invalid file parameter. Send binary data, base64 or a data URI.',
    );
  }
  return Buffer.from(base64, 'base64');
}

function flag(form: ParsedForm, name: string, fallback: boolean): boolean {
  const value = form.fields.get(name);
  if (value === undefined || value === '') return fallback;
  const lower = value.trim().toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new ApiError(
    400,
    `Your request contains invalid ${name} parameter. Allowed values are true and false.`,
  );
}

function parseTags(raw: string | undefined): readonly string[] | undefined {
  if (raw === undefined) return undefined;
  const tags = splitList(raw);
  if (tags.join('').length > MAX_TAG_CHARS || raw.includes('%')) {
    throw new ApiError(
      400,
      `Your request contains invalid tags parameter. All tags together may have at most ${MAX_TAG_CHARS} characters, and % is not allowed.`,
    );
  }
  return tags;
}

function parseMetadata(raw: string | undefined): Readonly<Record<string, unknown>> | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>;
    }
  } catch {
    // Falls through to the error below.
  }
  throw new ApiError(
    400,
    'Your request contains invalid customMetadata parameter. It must be a stringified JSON object.',
  );
}

/** ImageKit keeps a description of up to 1,000 characters. */
export const MAX_DESCRIPTION_CHARS = 1000;

export function parseDescription(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  if (raw.length > MAX_DESCRIPTION_CHARS) {
    throw new ApiError(
      400,
      `Your request contains invalid description parameter. It may have at most ${MAX_DESCRIPTION_CHARS} characters.`,
    );
  }
  return raw;
}

/**
 * What the ai-auto-description extension answers in the emulator: a sentence built from the
 * file name, the same every time, so tests can expect it ("beach-day_2.webp" gives
 * "An image of beach day 2.").
 */
export function draftDescription(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName).replace(/[-_.]+/g, ' ').trim();
  return `An image of ${stem === '' ? 'something' : stem}.`;
}

/** Extensions ImageKit documents for upload; only ai-auto-description does anything here. */
const KNOWN_EXTENSIONS = [
  'ai-auto-description',
  'remove-bg',
  'google-auto-tagging',
  'aws-auto-tagging',
];

function parseExtensions(raw: string | undefined): readonly string[] {
  if (raw === undefined || raw.trim() === '') return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const names = Array.isArray(value)
    ? value.map((e: unknown) => (e && typeof e === 'object' ? (e as { name?: unknown }).name : e))
    : [];
  if (!Array.isArray(value) || !names.every((n) => KNOWN_EXTENSIONS.includes(n as string))) {
    throw new ApiError(
      400,
      `Your request contains invalid extensions parameter. Send a JSON array of objects whose name is one of ${KNOWN_EXTENSIONS.join(', ')}.`,
    );
  }
  if (!names.every((n) => n === 'ai-auto-description')) {
    throw new ApiError(400, 'The emulator implements only the ai-auto-description extension.');
  }
  return names as string[];
}

function parseCoordinates(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (/^\d+,\d+,\d+,\d+$/.test(raw)) return raw;
  throw new ApiError(
    400,
    'Your request contains invalid customCoordinates parameter. Use x,y,width,height.',
  );
}

function splitList(raw: string): string[] {
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
