/**
 * Slows down guessing the local server's key: after a number of wrong keys from a client, each
 * further wrong key is answered after a fixed delay. The right key is never slowed, so the owner
 * is never locked out; a client that stops guessing for a while starts afresh.
 */

export interface PacerLimits {
  /** Wrong keys answered at once before the delay starts. */
  readonly freeTries: number;
  readonly delayMs: number;
  /** A client with no wrong key for this long is forgotten. */
  readonly forgetAfterMs: number;
}

/** More clients than this are not remembered one by one (loopback has few). */
const MAX_CLIENTS = 1000;

export class WrongKeyPacer {
  private readonly clients = new Map<string, { wrong: number; last: number }>();

  constructor(
    private readonly limits: PacerLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a wrong key from `client` (its address); how long to wait before answering. */
  wrongKey(client: string): number {
    const at = this.now();
    let entry = this.clients.get(client);
    if (!entry || at - entry.last > this.limits.forgetAfterMs) {
      if (this.clients.size >= MAX_CLIENTS) this.clients.clear();
      entry = { wrong: 0, last: at };
      this.clients.set(client, entry);
    }
    entry.wrong += 1;
    entry.last = at;
    return entry.wrong > this.limits.freeTries ? this.limits.delayMs : 0;
  }
}
