/**
 * The team duplicate check: every upload records its source's SHA-256 in a custom metadata
 * field of the ImageKit account, and before a batch uploads ImageKit is asked which of its
 * pictures the destination folder already holds, whichever computer sent them.
 */

/** The custom metadata field the source's SHA-256 goes in. */
export const TEAM_SHA_FIELD = 'uploaderSha256';

/** How the field is made (create custom metadata field): a Text field of 64 hex characters. */
export const TEAM_SHA_FIELD_DEFINITION = {
  name: TEAM_SHA_FIELD,
  label: 'Uploader source SHA-256',
  schema: { type: 'Text', minLength: 64, maxLength: 64 },
} as const;

/** Hashes asked about in one search request. */
export const TEAM_HASHES_PER_SEARCH = 100;

/** Where the team check stands for the current connection, as Settings shows it. */
export type TeamCheckView =
  /** The field exists: batches are checked against ImageKit before they upload. */
  | { readonly state: 'ready' }
  /** The private key is there, the field is not: Settings offers to set it up. */
  | { readonly state: 'missing' }
  /** Signed uploads (an auth endpoint) cannot search: this computer's history only. */
  | { readonly state: 'local-only' }
  /** It cannot be told now (no connection set up, ImageKit unreachable), and why. */
  | { readonly state: 'unavailable'; readonly message: string };
