/**
 * The naming template for stored files: `{name}-{hash}` and friends. Pure, so main names the
 * files and the Settings preview shows the same result from the same code.
 */
import { strings } from './strings';

/** Today's names: the slugged source name and the short content hash. */
export const DEFAULT_NAME_TEMPLATE = '{name}-{hash}';
/** Longest template accepted in Settings. */
export const MAX_TEMPLATE_CHARS = 200;
/** Longest stored stem (before `.thumb` and the extension). */
export const MAX_RENDERED_CHARS = 100;

export const NAME_FIELDS = [
  'name',
  'hash',
  'date',
  'yyyy',
  'mm',
  'dd',
  'parent',
  'width',
  'height',
] as const;
export type NameField = (typeof NAME_FIELDS)[number];

/** What a template may use for one file. */
export interface NameInputs {
  /** Base name of the source file, e.g. "IMG_2041.JPG". */
  readonly sourceName: string;
  /** Short content hash (8 hex characters). */
  readonly hash: string;
  /** When the job was added (ms since the epoch); stable across retries and resume. */
  readonly addedAt: number;
  /** Name of the folder the source sits in. */
  readonly parent: string;
  readonly width: number;
  readonly height: number;
}

const MAX_STEM = 60;
/** Latin letters NFKD leaves whole; spelled out so "Straße" stays readable. */
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
};

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Combining marks left by NFKD ("é" -> "e" + accent) are dropped so the letter survives.
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[ßæœøłđ]/g, (c) => LETTERS[c] ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, MAX_STEM)
      .replace(/-+$/, '')
  );
}

/** Lower-case ASCII slug of a file name without its extension ("Beach Day.JPG" -> "beach-day"). */
export function slugStem(sourceName: string): string {
  const base = sourceName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  const stem = slug(dot > 0 ? base.slice(0, dot) : base);
  return stem === '' ? 'image' : stem;
}

/** The `{…}` fields a template names that are not fields; empty when all are known. */
export function unknownFields(template: string): string[] {
  const known = new Set<string>(NAME_FIELDS);
  const found = [...template.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? '');
  return [...new Set(found.filter((f) => !known.has(f)))];
}

/** A sentence saying what is wrong with a template, or null when it can be used. */
export function templateProblem(template: string): string | null {
  if (template.trim().length === 0) return strings.naming.emptyTemplate;
  if (template.length > MAX_TEMPLATE_CHARS) return strings.naming.tooLong(MAX_TEMPLATE_CHARS);
  const unknown = unknownFields(template);
  if (unknown.length > 0) {
    const braced = (f: string): string => `{${f}}`;
    return strings.naming.unknownFields(unknown.map(braced), NAME_FIELDS.map(braced));
  }
  return null;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

function fieldValue(field: NameField, inputs: NameInputs): string {
  // Local calendar date: the day the editor added the file, as they would write it.
  const day = new Date(inputs.addedAt);
  const yyyy = String(day.getFullYear());
  const mm = two(day.getMonth() + 1);
  const dd = two(day.getDate());
  switch (field) {
    case 'name':
      return slugStem(inputs.sourceName);
    case 'hash':
      return inputs.hash;
    case 'date':
      return `${yyyy}-${mm}-${dd}`;
    case 'yyyy':
      return yyyy;
    case 'mm':
      return mm;
    case 'dd':
      return dd;
    case 'parent':
      return slug(inputs.parent);
    case 'width':
      return String(inputs.width);
    case 'height':
      return String(inputs.height);
  }
}

/** Keeps what ImageKit keeps in a file name ([A-Za-z0-9.-]); never empty. */
export function cleanStoredStem(text: string): string {
  const cleaned = text
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/\.{2,}/g, '.')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, MAX_RENDERED_CHARS)
    .replace(/[-.]+$/, '');
  return cleaned === '' ? 'image' : cleaned;
}

/**
 * The stored stem (no variant suffix, no extension) a template gives for one file. Unknown
 * fields are kept out of Settings; here they are dropped so the name stays safe regardless.
 */
export function renderNameTemplate(template: string, inputs: NameInputs): string {
  const known = new Set<string>(NAME_FIELDS);
  const raw = template.replace(/\{([^{}]*)\}/g, (_m, field: string) =>
    known.has(field) ? fieldValue(field as NameField, inputs) : '',
  );
  return cleanStoredStem(raw);
}

/** Whether names from this template always differ for different content. */
export function templateHasHash(template: string): boolean {
  return template.includes('{hash}');
}
