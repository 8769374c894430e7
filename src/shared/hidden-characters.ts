/**
 * Characters that make a name show as something else: C0 and C1 controls (a line feed splits a
 * log or a terminal line), the line and paragraph separators, and the bidirectional marks,
 * overrides and isolates ("photo\u202Egnp.exe" shows as "photoexe.png"). Names holding them
 * are refused at every entry (the page, the command line, folder walks, the local server), and
 * where such a name is shown it is shown escaped.
 */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
// eslint-disable-next-line no-control-regex
const HIDDEN_ALL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** Whether `text` holds a control, line-separator or text-direction character. */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text);
}

/** `text` with each such character written out as \uXXXX, safe to show on one line. */
export function showHidden(text: string): string {
  return text.replace(
    HIDDEN_ALL,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
