/**
 * The rules for a metadata sidecar: each row matched to a file by its name, each cell checked by
 * the rule of its column (alt text, the decorative mark, tags, folder, or the account's custom
 * metadata field of that name), and every problem listed, so the person sees them all at once.
 */
import { basename } from 'node:path';
import { MAX_ALT_CHARS, type AltText } from '../../../shared/alt';
import {
  customValueProblem,
  customValuesProblems,
  type CustomField,
  type CustomValue,
  type CustomValues,
} from '../../../shared/custom-metadata';
import { parseCsv } from '../../../shared/csv-read';
import { SIDECAR_COLUMNS, type SidecarProblem } from '../../../shared/sidecar';
import { strings } from '../../../shared/strings';
import { MAX_TAGS, normalizeFolder, tag } from './destination-rules';

/** What a row gives its file; anything it leaves out comes from the batch. */
export interface SidecarEntry {
  readonly alt?: AltText;
  readonly tags?: readonly string[];
  readonly folder?: string;
  readonly customMetadata?: CustomValues;
}

export interface SidecarPlan {
  /** By file path. */
  readonly entries: ReadonlyMap<string, SidecarEntry>;
  readonly rows: number;
  readonly problems: SidecarProblem[];
}

const t = strings.sidecar;

/** A yes/no cell: yes, true, 1 or x; no, false, 0 or empty. Null when it is neither. */
function yesNo(cell: string): boolean | null {
  const v = cell.trim().toLowerCase();
  if (['yes', 'true', '1', 'x', 'y'].includes(v)) return true;
  if (['', 'no', 'false', '0', 'n'].includes(v)) return false;
  return null;
}

/** A custom field's cell as the value ImageKit takes (numbers as numbers, choices as options). */
function customCell(field: CustomField | undefined, cell: string): CustomValue {
  const text = cell.trim();
  if (!field) return text;
  const option = (v: string) => (field.options ?? []).find((o) => String(o) === v) ?? v;
  switch (field.type) {
    case 'Number':
      return text === '' || !Number.isFinite(Number(text)) ? text : Number(text);
    case 'Boolean': {
      const b = yesNo(text);
      return b === null ? text : b;
    }
    case 'SingleSelect':
      return option(text);
    case 'MultiSelect':
      return text
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
        .map(option);
    default:
      return text;
  }
}

interface RowContext {
  readonly row: number;
  readonly file: string;
  readonly problems: SidecarProblem[];
}

function refuse(ctx: RowContext, column: string, message: string): void {
  ctx.problems.push({ kind: 'refused', row: ctx.row, file: ctx.file, column, message });
}

/** The alt, decorative, tags and folder cells of one row. */
function standardCells(ctx: RowContext, cells: ReadonlyMap<string, string>): SidecarEntry {
  const out: { -readonly [K in keyof SidecarEntry]?: SidecarEntry[K] } = {};
  const decorative = yesNo(cells.get('decorative') ?? '');
  if (decorative === null) refuse(ctx, 'decorative', t.decorative);
  const alt = (cells.get('alt') ?? '').trim();
  if (decorative === true) out.alt = { decorative: true };
  else if (alt.length > MAX_ALT_CHARS) refuse(ctx, 'alt', strings.alt.tooLong(MAX_ALT_CHARS));
  else if (alt !== '') out.alt = { text: alt };
  const tags = (cells.get('tags') ?? '').trim();
  if (tags !== '') {
    try {
      const list = [...new Set(tags.split(',').map((v) => tag(v, 'Tags')))];
      if (list.length > MAX_TAGS) throw new Error(t.tooManyTags(MAX_TAGS));
      out.tags = list;
    } catch (err) {
      refuse(ctx, 'tags', (err as Error).message);
    }
  }
  const folder = (cells.get('folder') ?? '').trim();
  if (folder !== '') {
    try {
      out.folder = normalizeFolder(folder);
    } catch (err) {
      refuse(ctx, 'folder', (err as Error).message);
    }
  }
  return out;
}

/** One row's custom metadata, each value checked against its field when the fields are known. */
function customCells(
  ctx: RowContext,
  cells: ReadonlyMap<string, string>,
  fields: readonly CustomField[] | null,
  base: CustomValues,
): CustomValues | undefined {
  const byName = new Map((fields ?? []).map((f) => [f.name, f]));
  const values: Record<string, CustomValue> = {};
  for (const [column, cell] of cells) {
    if ((SIDECAR_COLUMNS as readonly string[]).includes(column) || cell.trim() === '') continue;
    const field = byName.get(column);
    const value = customCell(field, cell);
    const problem = field ? customValueProblem(field, value) : null;
    if (problem) refuse(ctx, column, problem);
    else values[column] = value;
  }
  if (fields) {
    // A required field empty in this row and in the batch.
    for (const p of customValuesProblems(fields, { ...base, ...values })) {
      if (!(p.name in values) && !(p.name in base)) refuse(ctx, p.name, p.message);
    }
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

/**
 * Matches a sidecar's rows to `files` (by name) and checks every cell. `fields` are the
 * account's custom metadata fields (null when they cannot be read: values then go unchecked);
 * `base` is the batch's own custom metadata.
 */
export function planSidecar(
  csvText: string,
  files: readonly { readonly path: string; readonly name: string }[],
  fields: readonly CustomField[] | null,
  base: CustomValues = {},
): SidecarPlan {
  const [header, ...rows] = parseCsv(csvText);
  const columns = (header ?? []).map((c) => c.trim());
  const fileColumn = columns.findIndex((c) => c.toLowerCase() === 'file');
  if (fileColumn < 0) {
    return {
      entries: new Map(),
      rows: rows.length,
      problems: [{ kind: 'unreadable', message: t.noFileColumn }],
    };
  }
  const named = columns.map((c) =>
    (SIDECAR_COLUMNS as readonly string[]).includes(c.toLowerCase()) ? c.toLowerCase() : c,
  );
  const problems: SidecarProblem[] = [];
  if (fields) {
    const known = new Set(fields.map((f) => f.name));
    for (const c of named) {
      if (!(SIDECAR_COLUMNS as readonly string[]).includes(c) && c !== '' && !known.has(c))
        problems.push({
          kind: 'refused',
          row: 1,
          file: '',
          column: c,
          message: strings.customMetadata.unknownField(c),
        });
    }
  }
  const byName = new Map(files.map((f) => [f.name, f.path]));
  const entries = new Map<string, SidecarEntry>();
  const firstRow = new Map<string, number>();
  rows.forEach((cells, i) => {
    const row = i + 2;
    const file = basename((cells[fileColumn] ?? '').trim().replace(/\\/g, '/'));
    if (file === '') return;
    const seen = firstRow.get(file);
    if (seen !== undefined) {
      problems.push({ kind: 'duplicate', row, file, firstRow: seen });
      return;
    }
    firstRow.set(file, row);
    const path = byName.get(file);
    if (path === undefined) {
      problems.push({ kind: 'missing-file', row, file });
      return;
    }
    const ctx: RowContext = { row, file, problems };
    const map = new Map(named.map((c, j) => [c, cells[j] ?? '']));
    const entry = standardCells(ctx, map);
    const customMetadata = customCells(ctx, map, fields, base);
    entries.set(path, { ...entry, ...(customMetadata ? { customMetadata } : {}) });
  });
  for (const f of files) {
    if (!firstRow.has(f.name)) problems.push({ kind: 'no-row', file: f.name, path: f.path });
  }
  return { entries, rows: rows.length, problems };
}
