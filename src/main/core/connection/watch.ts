/**
 * Offline state for uploads. An upload that could not reach its server at all reports the
 * origin here; from then on uploads wait, and a probe checks every few seconds (backing off to
 * `maxDelayMs`) until every such origin answers again.
 */
import { abortableSleep } from '../imagekit/backoff';
import type { ReachabilityProbe } from './probe';

export interface ConnectionWatchOptions {
  readonly probe: ReachabilityProbe;
  /** First wait before probing; it doubles up to `maxDelayMs`. */
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Longest one probe may take. */
  readonly probeTimeoutMs?: number;
  readonly now: () => number;
  /** Called when the connection is lost or comes back. */
  onChange(): void;
}

/** Since when uploads have been waiting, and for which servers. */
export interface OfflineState {
  readonly since: number;
  readonly origins: readonly string[];
  /** What the network said last, e.g. "connection refused". */
  readonly detail: string;
}

/** Tracks whether the upload servers can be reached, and probes until they can again. */
export class ConnectionWatch {
  private current: { since: number; origins: Set<string>; detail: string } | null = null;
  private stopper: AbortController | null = null;
  private closed = false;

  constructor(private readonly opts: ConnectionWatchOptions) {}

  /** The offline state, or null while uploads may run. */
  get offline(): OfflineState | null {
    const c = this.current;
    return c ? { since: c.since, origins: [...c.origins], detail: c.detail } : null;
  }

  /** An upload could not reach `origin` at all: wait and start probing. */
  lost(origin: string, detail: string): void {
    if (this.closed) return;
    if (this.current) {
      this.current.origins.add(origin);
      this.current.detail = detail;
      return;
    }
    this.current = { since: this.opts.now(), origins: new Set([origin]), detail };
    const stopper = new AbortController();
    this.stopper = stopper;
    void this.probeUntilBack(stopper.signal);
    this.opts.onChange();
  }

  /** Forget the offline state (the connection settings changed); uploads try again at once. */
  reset(): void {
    if (!this.current) return;
    this.stopProbing();
    this.opts.onChange();
  }

  /** Stop probing for good. */
  close(): void {
    this.closed = true;
    this.stopProbing();
  }

  private stopProbing(): void {
    this.stopper?.abort();
    this.stopper = null;
    this.current = null;
  }

  private async probeUntilBack(signal: AbortSignal): Promise<void> {
    const max = this.opts.maxDelayMs ?? 5_000;
    let delay = Math.min(this.opts.firstDelayMs ?? 500, max);
    const timeoutMs = this.opts.probeTimeoutMs ?? 3_000;
    for (;;) {
      try {
        await abortableSleep(delay, signal);
      } catch {
        return;
      }
      const origins = [...(this.current?.origins ?? [])];
      const each = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
      const reachable = await Promise.all(
        origins.map((o) => this.opts.probe(o, each).catch(() => false)),
      );
      if (signal.aborted) return;
      // Origins reported while probing are checked next round before anything restarts.
      if (reachable.every(Boolean) && this.current?.origins.size === origins.length) {
        this.stopProbing();
        this.opts.onChange();
        return;
      }
      delay = Math.min(delay * 2, max);
    }
  }
}
