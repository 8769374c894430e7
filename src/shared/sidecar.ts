/**
 * A metadata sidecar: a CSV an editor prepares offline beside the photos (`metadata.csv`), one
 * row per file with its alt text, tags, folder and custom metadata, and the report of what in it
 * does not fit, shown before anything uploads.
 */

/** The file name the app looks for in a dropped folder. */
export const SIDECAR_NAME = 'metadata.csv';

/** The columns with a meaning of their own; any other column names a custom metadata field. */
export const SIDECAR_COLUMNS = ['file', 'alt', 'decorative', 'tags', 'folder'] as const;

/** The largest sidecar read (a few thousand rows of text is far less). */
export const MAX_SIDECAR_BYTES = 5 * 1024 * 1024;

/** Something in the sidecar that does not fit; `row` counts from 1, the header being row 1. */
export type SidecarProblem =
  | { readonly kind: 'missing-file'; readonly row: number; readonly file: string }
  | { readonly kind: 'no-row'; readonly file: string; readonly path: string }
  | {
      readonly kind: 'refused';
      readonly row: number;
      readonly file: string;
      readonly column: string;
      readonly message: string;
    }
  | {
      readonly kind: 'duplicate';
      readonly row: number;
      readonly file: string;
      readonly firstRow: number;
    }
  | { readonly kind: 'unreadable'; readonly message: string };

/** What the app found in a sidecar, before anything is added. */
export interface SidecarReport {
  /** The CSV's path. */
  readonly csv: string;
  /** Rows after the header. */
  readonly rows: number;
  /** Files that have a row. */
  readonly matched: number;
  readonly problems: readonly SidecarProblem[];
}

/** One problem as a sentence (the report's line, and the CLI's "error"). */
export function sidecarProblemText(
  problem: SidecarProblem,
  t: {
    missingFile(row: number, file: string): string;
    noRow(file: string): string;
    refused(row: number, column: string, message: string): string;
    duplicate(row: number, file: string, firstRow: number): string;
  },
): string {
  switch (problem.kind) {
    case 'missing-file':
      return t.missingFile(problem.row, problem.file);
    case 'no-row':
      return t.noRow(problem.file);
    case 'refused':
      return t.refused(problem.row, problem.column, problem.message);
    case 'duplicate':
      return t.duplicate(problem.row, problem.file, problem.firstRow);
    case 'unreadable':
      return problem.message;
  }
}
