/**
 * While ImageKit cannot be reached, say so on stderr at once and then every 10 s, so a person
 * (or a log) watching a long run knows it is waiting, not stuck. Nothing fails meanwhile.
 */
import type { BatchSummary, JobsUpdate } from '../../shared/jobs';
import type { CliIo } from './io';
import { strings } from '../../shared/strings';

/** Anything that pushes job updates (the service). */
export interface UpdateSource {
  onJobs(listener: (update: JobsUpdate) => void): () => void;
}

/** The line printed while offline; `loopback` adds how to start the emulator there. */
export function offlineLine(
  waiting: number,
  where: string,
  loopback = false,
  variable = 'IMAGEKIT_UPLOAD_URL',
): string {
  const line = strings.cli.offline(waiting, where);
  if (!loopback) return line;
  return `${line} ${strings.cli.offlineLoopback(where, emulatorPort(where), variable)}`;
}

/** The addresses a run talks to, as its settings have them. */
export interface RunAddresses {
  readonly uploadUrl: string;
  readonly apiUrl: string;
  /** In auth-endpoint mode, where uploads are signed. */
  readonly authEndpoint?: string | null;
}

const originOf = (url: string | null | undefined): string | null => {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
};

/**
 * The offline line for the server that cannot be reached (`origin`, when known): the auth
 * endpoint by its own name and variable, ImageKit's API or upload address by theirs.
 */
export function offlineLineFor(
  waiting: number,
  origin: string | null,
  addresses: RunAddresses,
): string {
  if (origin !== null && origin === originOf(addresses.authEndpoint)) {
    const { where, loopback } = uploadAddress(origin);
    const line = strings.cli.offlineAuth(waiting, where);
    // The emulator signs uploads too (/__emulator/auth), so on this computer it may be the one.
    const hint = loopback
      ? strings.cli.offlineLoopback(where, emulatorPort(where), 'IMAGEKIT_AUTH_ENDPOINT')
      : strings.cli.checkAuthEndpoint;
    return `${line} ${hint}`;
  }
  // Only the API address when it is a server of its own (ImageKit's are two).
  const api =
    origin !== null &&
    origin === originOf(addresses.apiUrl) &&
    origin !== originOf(addresses.uploadUrl);
  const { where, loopback } = uploadAddress(api ? addresses.apiUrl : addresses.uploadUrl);
  return offlineLine(waiting, where, loopback, api ? 'IMAGEKIT_API_URL' : undefined);
}

/** The port in "127.0.0.1:4010" (80 when none is named). */
function emulatorPort(where: string): number {
  const port = /:(\d+)$/.exec(where)?.[1];
  return port === undefined ? 80 : Number(port);
}

/** Where uploads go, as the offline line names it ("upload.imagekit.io", "127.0.0.1:4010"). */
export function uploadAddress(uploadUrl: string): {
  readonly where: string;
  readonly loopback: boolean;
} {
  const url = new URL(uploadUrl);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const loopback = host === 'localhost' || host === '::1' || /^127\./.test(host);
  return { where: url.host, loopback };
}

/**
 * Prints the offline line on stderr when uploads start waiting and every `periodMs` after,
 * and one line when the connection is back. Returns the function that stops it.
 */
export function reportOffline(
  source: UpdateSource,
  io: CliIo,
  addresses: RunAddresses,
  periodMs = 10_000,
): () => void {
  let latest: BatchSummary | null = null;
  let timer: NodeJS.Timeout | null = null;
  const say = (): void => {
    const offline = latest?.offline;
    if (offline) io.err(offlineLineFor(offline.waiting, offline.origin, addresses));
  };
  const unsubscribe = source.onJobs((update) => {
    latest = update.summary;
    if (latest.offline && !timer) {
      say();
      timer = setInterval(say, periodMs);
      // The upload itself keeps the process alive while it waits; this timer must not.
      timer.unref();
    } else if (!latest.offline && timer) {
      clearInterval(timer);
      timer = null;
      io.err(strings.cli.back);
    }
  });
  return () => {
    unsubscribe();
    if (timer) clearInterval(timer);
    timer = null;
  };
}
