import { counted } from './plural';

/** The metadata sidecar (metadata.csv): what its cells must hold and the report of problems. */
export const sidecar = {
  decorative: 'decorative takes yes or no (or leave it empty).',
  tooManyTags: (max: number): string => `A file may have at most ${max} tags.`,
  noFileColumn:
    'The sidecar has no "file" column. Its first row must name the columns: file, alt, decorative, tags, folder, and any custom metadata field.',
  tooBig: (mb: number): string =>
    `The sidecar is larger than ${mb} MB. Split it, or keep only the columns you need.`,
  unreadable: (path: string, reason: string): string =>
    `${path} could not be read (${reason}). Check that it is a CSV file you can open, then try again.`,
  // One line per problem, in the report and on the command line
  missingFile: (row: number, file: string): string =>
    `Row ${row} names ${file}, which is not among the files added.`,
  noRow: (file: string): string =>
    `${file} has no row in the sidecar: it goes with the batch's own alt text, tags and folder.`,
  refused: (row: number, column: string, message: string): string =>
    row === 1 ? `Column "${column}": ${message}` : `Row ${row}, ${column}: ${message}`,
  duplicate: (row: number, file: string, firstRow: number): string =>
    `Row ${row} names ${file} again (first on row ${firstRow}); only row ${firstRow} counts.`,
  // The report before anything uploads
  title: 'Check the metadata file',
  summary: (csv: string, rows: number, matched: number, problems: number): string =>
    `${csv}: ${counted(rows, 'row', 'rows')}, ${counted(matched, 'file', 'files')} matched, ${counted(problems, 'problem', 'problems')}.`,
  intro:
    'Nothing has been added yet. Go on to add the files with what fits (rows and values listed here are left out), or cancel, fix the file and add the folder again.',
  goOn: 'Go on and add the files',
  cancel: 'Cancel',
  more: (n: number): string => `…and ${n} more.`,
};
