/**
 * Reading CSV (RFC 4180) as plain data: quoted cells, doubled quotes, line breaks inside quotes,
 * CRLF or LF, a byte-order mark, and `,` or `;` as the separator (whichever the header uses).
 * Nothing in a cell is ever run: a formula is just its text. The apostrophe that `csvCell` puts
 * before formula-like text is taken off again, so an exported file reads back as it was.
 */
import { looksLikeFormula } from './csv';

/** The separator the header row uses: `;` when it has more of them than commas outside quotes. */
function separatorOf(text: string): ',' | ';' {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const unquoted = firstLine.replace(/"[^"]*"/g, '');
  const count = (c: string) => unquoted.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function cellValue(raw: string): string {
  return raw.startsWith("'") && looksLikeFormula(raw.slice(1)) ? raw.slice(1) : raw;
}

/** The rows of a CSV text, each an array of cells; blank lines are left out. */
export function parseCsv(input: string): string[][] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const sep = separatorOf(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  const endCell = () => {
    row.push(cellValue(cell));
    cell = '';
  };
  const endRow = () => {
    endCell();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else cell += c;
      i += 1;
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === sep) endCell();
    else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 1;
    } else if (c === '\n' || c === '\r') endRow();
    else cell += c;
    i += 1;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
