/**
 * The retry loop for one variant: transient failures are tried again with backoff (or the
 * wait the server asked for) until the tries or the file's deadline run out; anything else
 * stops at once. Cancel wins over everything and no request starts after it.
 */
import type { UserError } from '../../../shared/errors';
import type { VariantName } from '../../../shared/presets';
import type { AttemptDeps, AttemptRequest } from './attempt';
import { uploadOnce } from './attempt';
import { nextDelay } from './backoff';
import type { Failure } from './failures';
import { RequestFailure, failureFrom, isTransient } from './failures';
import type { MessageContext } from './upload-errors';
import { CANCELLED, deadlineError, describeFailure, retryReason } from './upload-errors';
import type { RetryPolicy, UploadProgress, UploadedRef } from './types';

/** The signals an attempt listens to; which one fired decides what an abort means. */
export interface StopSignals {
  readonly user: AbortSignal | undefined;
  readonly deadline: AbortSignal;
  /** ms since the epoch when the file's time budget ends. */
  readonly deadlineAt: number;
}

export interface VariantJob {
  readonly variant: VariantName;
  readonly request: AttemptRequest;
  readonly policy: RetryPolicy;
  readonly deps: AttemptDeps;
  readonly stops: StopSignals;
  /** Number of the first try in this call; later than 1 when an earlier call made some. */
  readonly firstAttempt: number;
  readonly random: () => number;
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly messages: Omit<MessageContext, 'attempts' | 'name'>;
  readonly onProgress: ((p: UploadProgress) => void) | undefined;
}

export type VariantOutcome =
  | { readonly ok: true; readonly ref: UploadedRef; readonly attempts: number }
  | {
      readonly ok: false;
      readonly error: UserError;
      readonly retryable: boolean;
      readonly attempts: number;
    }
  | {
      /** The server was not reachable; the try that found out is not counted. */
      readonly ok: false;
      readonly offline: Failure & { readonly kind: 'offline' };
      readonly attempts: number;
      /** When the offline try started: time after it is not charged to the deadline. */
      readonly at: number;
    };

/** Runs one attempt under its own timeout on top of cancel and the deadline. */
async function attemptOnce(job: VariantJob, attempt: number): Promise<UploadedRef | Failure> {
  const { stops, request, deps } = job;
  const total = request.data.byteLength;
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), job.policy.attemptTimeoutMs);
  const signals = [stops.deadline, timer.signal, ...(stops.user ? [stops.user] : [])];
  try {
    return await uploadOnce(request, deps, AbortSignal.any(signals), (sent, bodyTotal) => {
      // Report in the variant's own bytes; the multipart framing around it is a few hundred.
      const share = bodyTotal > 0 ? Math.floor((sent / bodyTotal) * total) : 0;
      job.onProgress?.({ variant: job.variant, state: 'sending', sent: share, total, attempt });
    });
  } catch (err) {
    const failure =
      err instanceof RequestFailure ? err.failure : failureFrom(err, 'upload', deps.now());
    // An abort by our own attempt timer is a timeout, whatever shape the error took.
    if (
      failure.kind === 'aborted' &&
      timer.signal.aborted &&
      !stops.deadline.aborted &&
      !stops.user?.aborted
    ) {
      return { kind: 'timeout', source: failure.source };
    }
    return failure;
  } finally {
    clearTimeout(timeout);
  }
}

/** Uploads one variant, retrying what is worth retrying. */
export async function uploadVariant(job: VariantJob): Promise<VariantOutcome> {
  const { policy, stops, deps } = job;
  const secrets = job.messages.secrets;
  let last: Failure | null = null;
  const stopped = (attempts: number): VariantOutcome | null => {
    if (stops.user?.aborted) return { ok: false, error: CANCELLED, retryable: true, attempts };
    if (stops.deadline.aborted || deps.now() >= stops.deadlineAt) {
      const reason = last ? retryReason(last, secrets) : null;
      return {
        ok: false,
        error: deadlineError(
          job.request.name,
          policy.deadlineMs,
          reason,
          secrets,
          job.messages.fixes,
        ),
        retryable: true,
        attempts,
      };
    }
    return null;
  };

  for (let attempt = Math.max(1, job.firstAttempt); ; attempt += 1) {
    const early = stopped(attempt - 1);
    if (early) return early;
    job.onProgress?.({
      variant: job.variant,
      state: 'sending',
      sent: 0,
      total: job.request.data.byteLength,
      attempt,
    });
    const at = deps.now();
    const result = await attemptOnce(job, attempt);
    if (!('kind' in result)) {
      job.onProgress?.({ variant: job.variant, state: 'done', ref: result });
      return { ok: true, ref: result, attempts: attempt };
    }
    // Nothing reached the server, so this try costs neither an attempt nor deadline time.
    if (result.kind === 'offline') return { ok: false, offline: result, attempts: attempt - 1, at };
    if (result.kind !== 'aborted') last = result;
    const late = stopped(attempt);
    if (late) return late;
    const transient = isTransient(result);
    if (!transient || attempt >= policy.attempts) {
      const ctx: MessageContext = { ...job.messages, name: job.request.name, attempts: attempt };
      return {
        ok: false,
        error: describeFailure(result, ctx),
        retryable: transient,
        attempts: attempt,
      };
    }
    const hint = result.kind === 'http' ? result.hintMs : null;
    const delay = nextDelay(policy, attempt - 1, hint, job.random);
    if (deps.now() + delay >= stops.deadlineAt) {
      // Waiting would end past the deadline: say so now rather than sleep for nothing.
      return {
        ok: false,
        error: deadlineError(
          job.request.name,
          policy.deadlineMs,
          retryReason(result, secrets),
          secrets,
          job.messages.fixes,
        ),
        retryable: true,
        attempts: attempt,
      };
    }
    job.onProgress?.({
      variant: job.variant,
      state: 'retrying',
      attempt: attempt + 1,
      retryAt: deps.now() + delay,
      reason: retryReason(result, secrets),
    });
    try {
      await job.sleep(
        delay,
        AbortSignal.any([stops.deadline, ...(stops.user ? [stops.user] : [])]),
      );
    } catch {
      // Woken by cancel or the deadline; the check at the top of the loop reports which.
    }
  }
}
