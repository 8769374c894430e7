/**
 * What may start: the user's "Pause all" and the offline state both hold uploads back, and
 * pause holds processing back too. Their changes go out in the batch summary.
 */
import type { JobStore } from './job-store';
import { ConnectionWatch, type OfflineState } from '../connection/watch';
import type { ReachabilityProbe } from '../connection/probe';

export interface UploadGateOptions {
  readonly store: JobStore;
  readonly probe: ReachabilityProbe;
  /** Probe pacing: first wait and the cap it backs off to. */
  readonly probeDelays?: { readonly firstMs: number; readonly maxMs: number };
  now(): number;
  /** Called when something may start again (resumed, or back online). */
  onOpen(): void;
  log(line: string): void;
}

/** Pause and offline state for the pipeline. */
export class UploadGate {
  private pausedByUser = false;
  private readonly watch: ConnectionWatch;

  constructor(private readonly opts: UploadGateOptions) {
    this.watch = new ConnectionWatch({
      probe: opts.probe,
      firstDelayMs: opts.probeDelays?.firstMs,
      maxDelayMs: opts.probeDelays?.maxMs,
      now: opts.now,
      onChange: () => {
        const offline = this.watch.offline;
        opts.log(
          offline
            ? `offline: cannot reach ${offline.origins.join(', ')} (${offline.detail}); uploads wait`
            : 'connection is back; uploads continue',
        );
        this.publish();
        if (!offline) opts.onOpen();
      },
    });
  }

  get paused(): boolean {
    return this.pausedByUser;
  }

  get offline(): OfflineState | null {
    return this.watch.offline;
  }

  /** Whether new uploads may start. */
  get uploadsOpen(): boolean {
    return !this.pausedByUser && this.watch.offline === null;
  }

  /** Whether new image processing may start (it goes on while offline). */
  get processingOpen(): boolean {
    return !this.pausedByUser;
  }

  setPaused(paused: boolean): void {
    if (paused === this.pausedByUser) return;
    this.pausedByUser = paused;
    this.publish();
    if (!paused) this.opts.onOpen();
  }

  /** An upload found `origin` unreachable. */
  lost(origin: string, detail: string): void {
    this.watch.lost(origin, detail);
  }

  /** The connection settings changed: stop waiting for the old server. */
  connectionChanged(): void {
    this.watch.reset();
  }

  close(): void {
    this.watch.close();
  }

  private publish(): void {
    this.opts.store.setFlags({
      paused: this.pausedByUser,
      offlineSince: this.watch.offline?.since ?? null,
      offlineOrigin: this.watch.offline?.origins[0] ?? null,
    });
  }
}
