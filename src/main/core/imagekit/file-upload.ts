/**
 * The variants of one file under one deadline: one after the other (main first), or both at
 * once when the caller grants a second request. Either way a variant counts as uploaded only
 * once ImageKit confirmed it, and a variant already stored is never sent.
 */
import type { Variants } from '../../../shared/jobs';
import { VARIANT_NAMES, type VariantName } from '../../../shared/presets';
import type { ResolvedConfig } from './config';
import type { FailureSource } from './failures';
import { storedName, storedNameFromStem } from './naming';
import { uploadVariant, type StopSignals, type VariantOutcome } from './retry';
import { describeFailure } from './upload-errors';
import type {
  FileUploadInput,
  FileUploadResult,
  UploadBudget,
  UploadOptions,
  UploadProgress,
  UploadedRef,
} from './types';

type Uploaded = Partial<Record<VariantName, UploadedRef>>;

/** The origin behind a failure source, which the connection watch then probes. */
function originOf(config: ResolvedConfig, source: FailureSource): string {
  const url =
    source === 'upload'
      ? config.deps.uploadUrl
      : source === 'auth-endpoint'
        ? config.authEndpoint
        : config.deps.apiUrl;
  return new URL(url).origin;
}

interface Call {
  readonly config: ResolvedConfig;
  readonly input: FileUploadInput;
  readonly spent: UploadBudget;
  readonly started: number;
  readonly stops: StopSignals;
  readonly emit: (p: UploadProgress) => void;
}

function nameOf(input: FileUploadInput, variant: VariantName): string {
  const v = input.variants[variant];
  return input.stem === undefined
    ? storedName(input.sourceName, input.sourceHash, variant, v.format)
    : storedNameFromStem(input.stem, variant, v.format);
}

function messagesOf(config: ResolvedConfig) {
  return {
    mode: config.mode,
    hosts: config.hosts,
    secrets: config.secrets,
    ...(config.fixes ? { fixes: config.fixes } : {}),
  };
}

function send(call: Call, variant: VariantName): Promise<VariantOutcome> {
  const { config, input } = call;
  const v = input.variants[variant];
  return uploadVariant({
    variant,
    request: {
      name: nameOf(input, variant),
      data: v.data,
      format: v.format,
      folder: input.folder === '' ? '/' : input.folder,
      tags: input.tags,
      description: input.description ?? '',
      ...(input.customMetadata ? { customMetadata: input.customMetadata } : {}),
      // The draft costs extension units: asked for once per file, on the main variant.
      ...(input.draftAlt && variant === 'main' ? { draftAlt: true } : {}),
    },
    policy: config.policy,
    deps: config.deps,
    stops: call.stops,
    firstAttempt: (call.spent.attempts[variant] ?? 0) + 1,
    random: config.random,
    sleep: config.sleep,
    messages: messagesOf(config),
    onProgress: call.emit,
  });
}

/**
 * The result for a variant that did not make it, or null when it did (its ref is then in
 * `uploaded`). An offline stop carries the budget used so far, so a later call goes on from it.
 */
function failureOf(
  call: Call,
  variant: VariantName,
  outcome: VariantOutcome,
  uploaded: Uploaded,
  attempts: Partial<Variants<number>>,
): FileUploadResult | null {
  if (outcome.ok) return null;
  if ('offline' in outcome) {
    const f = outcome.offline;
    const name = nameOf(call.input, variant);
    return {
      ok: false,
      error: describeFailure(f, {
        ...messagesOf(call.config),
        name,
        attempts: outcome.attempts + 1,
      }),
      retryable: true,
      uploaded,
      offline: {
        origin: originOf(call.config, f.source),
        detail: f.detail,
        spent: {
          elapsedMs: call.spent.elapsedMs + Math.max(0, outcome.at - call.started),
          attempts: { ...call.spent.attempts, ...attempts },
        },
      },
    };
  }
  return { ok: false, error: outcome.error, retryable: outcome.retryable, uploaded };
}

/** Sends the variants one after the other, stopping at the first that does not make it. */
async function oneByOne(
  call: Call,
  pending: readonly VariantName[],
  uploaded: Uploaded,
  first?: Promise<VariantOutcome>,
): Promise<FileUploadResult | null> {
  for (const [i, variant] of pending.entries()) {
    const outcome = await (i === 0 && first ? first : send(call, variant));
    if (outcome.ok) uploaded[variant] = outcome.ref;
    const failure = failureOf(call, variant, outcome, uploaded, { [variant]: outcome.attempts });
    if (failure) return failure;
  }
  return null;
}

/**
 * Sends the variants not in `uploaded` (which it fills in). Main goes first; once it is on its
 * way, `secondSlot` may grant a second request, and the thumbnail then goes at the same time
 * (else after main). A failure of either is the call's result, an offline one only when nothing
 * else failed, since waiting for the connection cannot fix a rejected file.
 */
async function sendVariants(
  call: Call,
  uploaded: Uploaded,
  secondSlot: UploadOptions['secondSlot'],
): Promise<FileUploadResult | null> {
  const pending = VARIANT_NAMES.filter((variant) => !uploaded[variant]);
  const [first, second] = pending;
  if (!first || !second || !secondSlot) return oneByOne(call, pending, uploaded);
  let firstFailed = false;
  const firstSent = send(call, first).then((outcome) => {
    firstFailed = !outcome.ok;
    return outcome;
  });
  const release = await secondSlot().catch(() => null);
  // Main already refused: the thumbnail would only be sent for nothing.
  if (!release || firstFailed) {
    release?.();
    return oneByOne(call, pending, uploaded, firstSent);
  }
  const outcomes = await Promise.all([firstSent, send(call, second).finally(release)]);
  const attempts: Partial<Record<VariantName, number>> = {};
  pending.forEach((variant, i) => {
    const outcome = outcomes[i]!;
    attempts[variant] = outcome.attempts;
    if (outcome.ok) uploaded[variant] = outcome.ref;
  });
  const failures = pending
    .map((variant, i) => failureOf(call, variant, outcomes[i]!, uploaded, attempts))
    .filter((f) => f !== null);
  return failures.find((f) => !f.ok && !f.offline) ?? failures[0] ?? null;
}

/** Uploads the variants not yet stored under one deadline. Never throws for expected failures. */
export async function uploadVariants(
  config: ResolvedConfig,
  input: FileUploadInput,
  opts: UploadOptions,
  uploaded: Uploaded,
  emit: (p: UploadProgress) => void,
): Promise<FileUploadResult | null> {
  const spent = opts.spent ?? { elapsedMs: 0, attempts: {} };
  const started = config.deps.now();
  // The deadline is a budget across calls: time used before an offline wait still counts.
  const remaining = Math.max(0, config.policy.deadlineMs - spent.elapsedMs);
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), remaining);
  const stops = { user: opts.signal, deadline: deadline.signal, deadlineAt: started + remaining };
  try {
    const call = { config, input, spent, started, stops, emit };
    return await sendVariants(call, uploaded, opts.secondSlot);
  } finally {
    clearTimeout(timer);
  }
}
