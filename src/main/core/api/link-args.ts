/** Checks for the links the page sends (addLinks). */
import { InvalidInputError, list, text } from '../common/validate';
import { LinkError } from '../links/link-errors';
import { webLink } from '../links/download';

/** The most links one call may add: a paste of a whole page's addresses, not a crawl. */
export const MAX_LINKS_PER_CALL = 500;

/** A link as long as a browser's address bar would keep: longer ones are refused. */
const MAX_LINK_LENGTH = 8192;

function link(value: unknown): string {
  const raw = text(value, 'Link', MAX_LINK_LENGTH).trim();
  try {
    return webLink(raw).toString();
  } catch (err) {
    if (err instanceof LinkError) throw new InvalidInputError(err.message);
    throw err;
  }
}

/** The http(s) links of an addLinks call. */
export function links(value: unknown): string[] {
  return list(value, 'Links', MAX_LINKS_PER_CALL, link);
}
