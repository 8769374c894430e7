/**
 * Lists of rows kept in list order by rank: each row gets a rank when it first arrives, and ranks
 * grow down the list, so every list of rows (all of them, or a tab's) is sorted by rank. Finding
 * a row or changing a few is then a binary search, not a walk over the whole list.
 */
import type { JobId } from '../../../../shared/jobs';

/** A row's rank; -1 for a row the list never had. */
export type RankOf = (id: JobId) => number;

/** Changes to a list: true puts a row in, false takes it out. */
export type ListChanges = ReadonlyMap<JobId, boolean>;

/** Past this many changes one pass over the list beats a binary search and a move for each. */
const BULK = 256;

/** The first index in `ids` whose rank is at least `rank`. */
function lowerBound(ids: readonly JobId[], rank: number, rankOf: RankOf): number {
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rankOf(ids[mid] as JobId) < rank) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where `id` is in `ids` (sorted by rank), or -1. */
export function indexIn(ids: readonly JobId[], id: JobId, rankOf: RankOf): number {
  const rank = rankOf(id);
  if (rank < 0) return -1;
  const at = lowerBound(ids, rank, rankOf);
  return ids[at] === id ? at : -1;
}

function merge(ids: readonly JobId[], changes: ListChanges, rankOf: RankOf): JobId[] {
  const incoming = [...changes]
    .filter(([, inside]) => inside)
    .map(([id]) => id)
    .sort((a, b) => rankOf(a) - rankOf(b));
  const next: JobId[] = [];
  let j = 0;
  for (const id of ids) {
    if (changes.get(id) === false) continue;
    const rank = rankOf(id);
    while (j < incoming.length && rankOf(incoming[j] as JobId) < rank) next.push(incoming[j++]!);
    if (incoming[j] === id) j += 1;
    next.push(id);
  }
  while (j < incoming.length) next.push(incoming[j++]!);
  return next;
}

/**
 * `ids` with `changes` made, still in rank order: the same array when nothing changes, otherwise
 * a new one (the old one is left as it was). Putting in a row already there, or taking out one
 * that is not, changes nothing.
 */
export function editSorted(
  ids: readonly JobId[],
  changes: ListChanges,
  rankOf: RankOf,
): readonly JobId[] {
  if (changes.size === 0) return ids;
  if (changes.size > BULK) return merge(ids, changes, rankOf);
  let next: JobId[] | null = null;
  for (const [id, inside] of changes) {
    const list: readonly JobId[] = next ?? ids;
    const at = lowerBound(list, rankOf(id), rankOf);
    const here = list[at] === id;
    if (inside === here) continue;
    next ??= ids.slice();
    if (inside) next.splice(at, 0, id);
    else next.splice(at, 1);
  }
  return next ?? ids;
}
