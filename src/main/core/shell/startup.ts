/**
 * The rules of the app's start that are not Electron's: which files the command line names,
 * which permissions the page gets, and what to say when the start fails.
 */
import { strings } from '../../../shared/strings';
import { SqliteMissingError } from '../persistence/sqlite';

/**
 * The files named on a command line: everything after the executable (and, unpackaged, after the
 * app's own path) that is not a switch. Chromium may add switches of its own to the argv a second
 * instance hands over, so switches are never taken for files.
 */
export function pathsFromArgv(argv: readonly string[], packaged: boolean): string[] {
  return argv.slice(packaged ? 1 : 2).filter((arg) => arg !== '' && !arg.startsWith('-'));
}

/** What a second start hands the first: its files, as it listed them itself. */
export interface HandOver {
  readonly files: readonly string[];
}

/** The files a second instance handed over; its argv only when its own list is unusable. */
export function handedOverFiles(
  additionalData: unknown,
  argv: readonly string[],
  packaged: boolean,
): string[] {
  const files = (additionalData as Partial<HandOver> | null)?.files;
  if (Array.isArray(files) && files.every((f) => typeof f === 'string')) return [...files];
  return pathsFromArgv(argv, packaged);
}

/** The error box's title and sentence for a start that failed; never a stack trace. */
export function startupFailure(err: unknown): { title: string; message: string } {
  if (err instanceof SqliteMissingError) {
    return { title: strings.startup.failedTitle, message: strings.startup.noSqlite };
  }
  const first = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim() ?? '';
  const what = first === '' ? 'an unknown error.' : /[.!?]$/.test(first) ? first : `${first}.`;
  return { title: strings.startup.failedTitle, message: strings.startup.failed(what) };
}
