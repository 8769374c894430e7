/**
 * A sentence with something that is not plain text inside it (a folder name in monospace, a
 * link in a code box). The catalogue returns the pieces in its own word order; the page renders
 * them in that order, so a translation may put the inserted piece anywhere.
 */
export type Parts<T> = ReadonlyArray<string | T>;
