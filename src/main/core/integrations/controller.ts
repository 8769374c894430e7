/**
 * Starts, restarts and stops the local upload server as its settings change, and remembers
 * where it stands for Settings to show.
 */
import type { PicgoServerSettings, PicgoServerStatus } from '../../../shared/integrations';
import { strings } from '../../../shared/strings';
import type { KeyWords, PicgoRequest } from './picgo-request';
import {
  ListenError,
  startPicgoServer,
  type PicgoOutcome,
  type RunningPicgoServer,
} from './server';

export class PicgoServerController {
  private running: RunningPicgoServer | null = null;
  private runningFor: PicgoServerSettings | null = null;
  private current: PicgoServerStatus = { state: 'off' };
  /** Settings changes are applied one after another, never interleaved. */
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly upload: (request: PicgoRequest, keyed: boolean) => Promise<PicgoOutcome>,
    private readonly log: (line: string) => void = () => {},
    /** What callers without the right key are told (the CLI names its own key). */
    private readonly keyWords?: KeyWords,
  ) {}

  /** Where the server stands now. */
  status(): PicgoServerStatus {
    return this.current;
  }

  /** Bring the server in line with `settings`; resolves once it listens, failed or stopped. */
  apply(settings: PicgoServerSettings): Promise<PicgoServerStatus> {
    this.chain = this.chain.then(() => this.applyNow(settings));
    return this.chain.then(() => this.current);
  }

  /** Resolves once every change asked for so far is applied. */
  async settled(): Promise<void> {
    await this.chain;
  }

  /** Stop listening (the app quits). */
  close(): Promise<PicgoServerStatus> {
    return this.apply({ enabled: false, port: 0, key: '' });
  }

  private async applyNow(settings: PicgoServerSettings): Promise<void> {
    const same =
      this.runningFor !== null &&
      settings.enabled &&
      this.runningFor.port === settings.port &&
      this.runningFor.key === settings.key;
    if (same) return;
    if (this.running) {
      await this.running.close();
      this.running = null;
      this.runningFor = null;
    }
    if (!settings.enabled) {
      this.current = { state: 'off' };
      return;
    }
    try {
      this.running = await startPicgoServer({
        port: settings.port,
        key: settings.key,
        upload: this.upload,
        ...(this.keyWords ? { keyWords: this.keyWords } : {}),
      });
      this.runningFor = settings;
      this.current = { state: 'listening', port: this.running.port };
      this.log(`Local upload server listening on 127.0.0.1:${this.running.port}.`);
    } catch (err) {
      const message =
        err instanceof ListenError
          ? err.message
          : strings.picgo.cannotListen(settings.port, String(err));
      this.current = { state: 'failed', message };
      this.log(message);
    }
  }
}
