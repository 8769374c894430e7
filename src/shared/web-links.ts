/**
 * Reading links out of pasted or dropped text: the page uses this to tell a paste of image
 * addresses from any other paste. Main checks every link again before downloading it.
 */

/** The most links one paste or drop sends. */
export const MAX_PASTED_LINKS = 500;

function isWeb(token: string): boolean {
  if (!isWebLink(token)) return false;
  try {
    new URL(token);
    return true;
  } catch {
    return false;
  }
}

/**
 * The http(s) links `text` is made of (one or more, separated by spaces or lines), or null when
 * it holds anything else, so a sentence that happens to contain a link is not taken for one.
 */
export function linksInText(text: string): string[] | null {
  const tokens = text.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0 || tokens.length > MAX_PASTED_LINKS || !tokens.every(isWeb)) return null;
  return [...new Set(tokens)];
}

/** The links of a drop's `text/uri-list` (comment lines start with #), or null. */
export function linksInUriList(list: string): string[] | null {
  const lines = list.split(/\r?\n/).filter((line) => !line.startsWith('#'));
  return linksInText(lines.join('\n'));
}

/** The host a link points to, as a row shows where its picture came from. */
export function linkHost(link: string): string {
  try {
    return new URL(link).host;
  } catch {
    return link;
  }
}

/** Whether a source (a history entry's, a CLI argument) is an http(s) link rather than a path. */
export function isWebLink(source: string): boolean {
  return /^https?:\/\//i.test(source);
}
