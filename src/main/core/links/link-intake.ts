/**
 * Taking links in: each is downloaded once to the private downloads folder, then added like a
 * file, keeping the link as its source. A link that cannot be downloaded becomes a failed row
 * with the sentence; the others go on.
 */
import type { AddResult } from '../../../shared/contract';
import type { UserError } from '../../../shared/errors';
import type { BatchDestination, SourceFile } from '../../../shared/jobs';
import { showHidden } from '../../../shared/hidden-characters';
import type { Reach } from './address-policy';
import { downloadLink, LINK_TIMING, withoutCredentials, type DownloadLimits } from './download';
import type { DownloadsFolder } from './downloads-folder';
import { LinkError, linkErrors } from './link-errors';
import type { Resolver } from './resolve-hop';

/** A row to add: a downloaded file, or a link that failed with its sentence (the pipeline's input). */
export type LinkInput =
  | { readonly ok: true; readonly file: SourceFile }
  | { readonly ok: false; readonly file: SourceFile; readonly error: UserError };

/** Downloads running at once for one call: enough to overlap slow servers, few for a server. */
const PARALLEL_DOWNLOADS = 4;

export interface LinkIntakeOptions {
  readonly downloads: DownloadsFolder;
  /** The byte cap, the timeouts and the redirects allowed. */
  readonly limits: DownloadLimits;
  /** Adds the rows to the list. */
  add(inputs: readonly LinkInput[], destination?: BatchDestination, batch?: string): AddResult;
  /** Keeps a chosen folder at the top of the recent list. */
  rememberFolder(folder: string): void;
  /** Whether a row still in play came from this link (it is not downloaded again). */
  inList(link: string): boolean;
  /** Host names to addresses (the system's resolver if absent). */
  readonly resolver?: Resolver;
}

export interface LinkAddOptions {
  /** How far the links may reach: anywhere for the person's own, the internet for a program's. */
  readonly reach: Reach;
  readonly destination?: BatchDestination;
  /** The name of the program that sent them (the local upload server), if one did. */
  readonly batch?: string;
}

/** The name a failed link's row shows: its last segment, or the link. */
function shownName(link: string): string {
  const tail =
    link
      .replace(/[?#].*$/, '')
      .replace(/\/+$/, '')
      .split('/')
      .at(-1) ?? '';
  return showHidden(tail.includes(':') || tail === '' ? link : tail).slice(0, 120);
}

/** Runs `task` over `items`, at most `limit` at once, answering results in order. */
async function inOrder<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>) {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export class LinkIntake {
  private readonly running = new Set<AbortController>();

  constructor(private readonly opts: LinkIntakeOptions) {}

  /** Downloads every link not already in the list, then adds a row for each (refused ones too). */
  async addLinks(links: readonly string[], options: LinkAddOptions): Promise<AddResult> {
    const { destination, batch } = options;
    if (destination) this.opts.rememberFolder(destination.folder);
    const fresh = [...new Set(links)].filter((link) => !this.opts.inList(link));
    const stop = new AbortController();
    this.running.add(stop);
    let inputs: LinkInput[];
    try {
      inputs = await inOrder(fresh, PARALLEL_DOWNLOADS, (link) =>
        this.download(link, options.reach, stop.signal),
      );
    } finally {
      this.running.delete(stop);
    }
    if (stop.signal.aborted) {
      // Stopped while downloading: nothing is added, and nothing is left behind.
      for (const input of inputs) if (input.ok) await this.opts.downloads.discard(input.file.path);
      return { added: [], duplicates: 0 };
    }
    const result = this.opts.add(inputs, destination, batch);
    return { added: result.added, duplicates: result.duplicates + links.length - fresh.length };
  }

  /** Stops downloads still running; their links add nothing. */
  cancel(): void {
    for (const stop of this.running) stop.abort();
  }

  private async download(link: string, reach: Reach, signal: AbortSignal): Promise<LinkInput> {
    try {
      const dir = this.opts.downloads.ready();
      const got = await downloadLink(link, {
        ...this.opts.limits,
        dir,
        reach,
        signal,
        ...(this.opts.resolver ? { resolver: this.opts.resolver } : {}),
      });
      return { ok: true, file: { path: got.path, name: got.name, bytes: got.bytes, link } };
    } catch (err) {
      const error = err instanceof LinkError ? err.userError : linkErrors.saveFailed(err);
      const shown = withoutCredentials(link);
      const file = { path: shown, name: shownName(shown), bytes: null, link: shown };
      return { ok: false, file, error };
    }
  }
}

/** The download limits for a byte cap: the app's cap on an input file, and the usual timing. */
export function linkLimits(
  maxBytes: number,
  timing: Partial<typeof LINK_TIMING> = {},
): DownloadLimits {
  return { maxBytes, ...LINK_TIMING, ...timing };
}
