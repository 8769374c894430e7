/**
 * How many rows the local upload server may add: so many a minute, and so many waiting to
 * upload at once. Past either, a request is answered 429 with a sentence and adds nothing, so
 * a program on this computer cannot fill the list (and memory) with rows.
 */
import { PICGO_BATCH_NAME } from '../../../shared/integrations';
import { isFinished, type Job } from '../../../shared/jobs';
import { strings } from '../../../shared/strings';
import type { Refusal } from './picgo-request';

export interface RowLimits {
  /** Rows added in any 60 seconds. */
  readonly perMinute: number;
  /** Rows from the server not yet finished (queued, processing, ready or uploading). */
  readonly waiting: number;
}

/** One full request a minute, far more than a writing tool sends. */
export const ROW_LIMITS: RowLimits = { perMinute: 500, waiting: 500 };

const MINUTE_MS = 60_000;

export class RowBudget {
  /** When rows were granted, and how many, oldest first. */
  private readonly granted: Array<{ readonly at: number; readonly rows: number }> = [];

  constructor(
    private readonly limits: RowLimits,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Grants `rows` new rows given the list as it is, or says why not. A grant counts at once, so
   * requests that arrive together share the minute's allowance.
   */
  take(rows: number, jobs: readonly Job[]): Refusal | null {
    const at = this.now();
    while (this.granted.length > 0 && at - (this.granted[0]?.at ?? at) >= MINUTE_MS) {
      this.granted.shift();
    }
    const lastMinute = this.granted.reduce((sum, g) => sum + g.rows, 0);
    if (lastMinute + rows > this.limits.perMinute) {
      return { status: 429, message: strings.picgo.tooManyPerMinute(this.limits.perMinute) };
    }
    const waiting = jobs.filter((j) => j.batch === PICGO_BATCH_NAME && !isFinished(j.status));
    if (waiting.length + rows > this.limits.waiting) {
      return { status: 429, message: strings.picgo.tooManyWaiting(this.limits.waiting) };
    }
    this.granted.push({ at, rows });
    return null;
  }
}
