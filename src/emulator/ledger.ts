/**
 * How long a used token is kept on disk. A token can only come back with a fresh signature from
 * whoever holds the private key, so a day covers every realistic replay while the index stays
 * small; in memory, tokens are kept for the life of the process.
 */
const PERSIST_FOR_MS = 24 * 60 * 60 * 1000;

/** Remembers every upload token seen, so each works once and stats can prove no reuse. */
export class TokenLedger {
  private readonly seen = new Map<string, number>();
  private usedCount = 0;
  private reusedCount = 0;

  constructor(
    persisted: Readonly<Record<string, number>> = {},
    private readonly onChange: () => void = () => {},
  ) {
    for (const [token, seenAt] of Object.entries(persisted)) this.seen.set(token, seenAt);
  }

  /** Marks a token used; returns false when it had been used before. */
  record(token: string, nowMs = Date.now()): boolean {
    if (this.seen.has(token)) {
      this.reusedCount += 1;
      return false;
    }
    this.seen.set(token, nowMs);
    this.usedCount += 1;
    this.onChange();
    return true;
  }

  /** Distinct tokens first seen by this process, and requests that repeated one. */
  counts(): { readonly used: number; readonly reused: number } {
    return { used: this.usedCount, reused: this.reusedCount };
  }

  /** Tokens worth keeping on disk, with when they were first seen. */
  toPersist(nowMs = Date.now()): Record<string, number> {
    const kept: Record<string, number> = {};
    for (const [token, seenAt] of this.seen) {
      if (nowMs - seenAt < PERSIST_FOR_MS) kept[token] = seenAt;
    }
    return kept;
  }
}
