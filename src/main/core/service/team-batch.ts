/**
 * Batches the team duplicate check's lookups: files become ready one by one, so their hashes
 * are collected until a search is full or nothing else is being processed, and asked about
 * together: one search per folder and at most TEAM_HASHES_PER_SEARCH hashes per request, so
 * 500 files take 5 searches.
 */
import { TEAM_HASHES_PER_SEARCH } from '../../../shared/team-check';

/** One search: what it found for each hash it was asked about, or null when it failed. */
export type BatchSearch<T> = (
  folder: string,
  hashes: readonly string[],
) => Promise<ReadonlyMap<string, T> | null>;

export interface BatchTiming {
  /**
   * The longest the first hash of a batch waits for others. Batches are sent when full, or when
   * the pipeline says nothing else is being processed (flush), so this is only a backstop.
   */
  readonly waitMs: number;
  /** Hashes per request. */
  readonly perRequest: number;
}

type Waiting<T> = Map<string, Array<(found: T | null) => void>>;

export class LookupBatcher<T> {
  private readonly pending = new Map<string, Waiting<T>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly search: BatchSearch<T>,
    private readonly timing: BatchTiming = {
      waitMs: 60_000,
      perRequest: TEAM_HASHES_PER_SEARCH,
    },
  ) {}

  /** What the folder holds for this hash, or null; resolves once its batch was asked. */
  find(folder: string, sha256: string): Promise<T | null> {
    return new Promise((resolve) => {
      let waiting = this.pending.get(folder);
      if (!waiting) {
        waiting = new Map();
        this.pending.set(folder, waiting);
      }
      const resolvers = waiting.get(sha256) ?? [];
      resolvers.push(resolve);
      waiting.set(sha256, resolvers);
      if (waiting.size >= this.timing.perRequest) this.send(folder);
      else this.timer ??= setTimeout(() => this.flush(), this.timing.waitMs);
    });
  }

  /** Asks about everything collected so far. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const folder of [...this.pending.keys()]) this.send(folder);
  }

  private send(folder: string): void {
    const waiting = this.pending.get(folder);
    this.pending.delete(folder);
    if (this.pending.size === 0 && this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    if (!waiting || waiting.size === 0) return;
    const hashes = [...waiting.keys()];
    const answer = (found: ReadonlyMap<string, T> | null): void => {
      for (const [sha, resolvers] of waiting) {
        for (const resolve of resolvers) resolve(found?.get(sha) ?? null);
      }
    };
    this.search(folder, hashes).then(answer, () => answer(null));
  }
}
