/**
 * CSV cells that stay data in every spreadsheet. The one formula guard: the History export, the
 * CLI's `history --format csv` and anything else that writes CSV go through `csvCell`.
 */

/**
 * Where a spreadsheet starts reading a cell for a formula: it skips spaces (NBSP and the other
 * Unicode spaces too), line breaks, zero-width and other invisible format characters, and
 * control characters.
 */
const SKIPPED_LEAD = /^[\s\p{Cc}\p{Cf}]*/u;
/** A cell starting with one of these (after the skipped lead) is run as a formula. */
const FORMULA_START = new Set(['=', '+', '-', '@']);
/**
 * Quoted when present: the separator we write (,), the one German, French and other locales
 * read (;), quotes, and every kind of line break (and tabs, which some programs split on).
 */
const NEEDS_QUOTES = /[,;"\t\r\n\u0085\u2028\u2029]/;

/** Whether a spreadsheet would take `text` for a formula. */
export function looksLikeFormula(text: string): boolean {
  const lead = SKIPPED_LEAD.exec(text)?.[0] ?? '';
  // A tab or carriage return among the skipped characters starts a formula in some programs.
  if (/[\t\r]/.test(lead)) return true;
  const first = text.slice(lead.length).codePointAt(0);
  if (first === undefined) return false;
  // Full-width and small forms (＝, ＋, ﹢, ＠) map to the plain ones.
  const plain = String.fromCodePoint(first).normalize('NFKC');
  return FORMULA_START.has(plain.charAt(0));
}

/**
 * One CSV cell (RFC 4180): text a spreadsheet would run as a formula gets a leading apostrophe,
 * and a cell holding a separator, a quote or a line break is quoted, with quotes doubled.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && looksLikeFormula(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
