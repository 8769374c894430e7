/**
 * Downloads one link to a private file, once: http(s) only on every hop, at most a few
 * redirects, each hop's address checked and pinned, a cap on time to the first answer and on the
 * whole download, a byte cap, and the content sniffed whatever the server says it is. The bytes
 * go to a `.part` file that is renamed only when all of that passed; anything else leaves nothing.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { open, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { SourceFormat } from '../../../shared/jobs';
import { PRIVATE_FILE_MODE } from '../common/private-file';
import { SNIFF_BYTES, sniffFormat } from '../images/worker/sniff';
import type { Reach } from './address-policy';
import { fetchHop } from './fetch-hop';
import { LinkError, linkErrors } from './link-errors';
import { linkFileName, savedExtension } from './link-name';
import { resolveHop, systemResolver, type AddressRule, type Resolver } from './resolve-hop';

/** How long and how large a download may be, and how often it may be sent on. */
export interface DownloadLimits {
  readonly maxBytes: number;
  /** Time for the server to send its headers, per hop. */
  readonly firstAnswerMs: number;
  /** Time for the whole download, redirects included. */
  readonly totalMs: number;
  readonly maxRedirects: number;
}

/** The limits apart from the byte cap, which is the app's own cap on an input file. */
export const LINK_TIMING = { firstAnswerMs: 20_000, totalMs: 120_000, maxRedirects: 5 } as const;

export interface DownloadOptions extends DownloadLimits {
  /** The private folder the file is written to (it exists). */
  readonly dir: string;
  readonly reach: Reach;
  /** Stands in for the reach's address rule (tests, where every server is on loopback). */
  readonly rule?: AddressRule;
  readonly resolver?: Resolver;
  /** Stops the download (the person stopped everything, or the app is closing). */
  readonly signal?: AbortSignal;
}

/** A finished download: the private copy, the name to show, its size. */
export interface Downloaded {
  readonly path: string;
  readonly name: string;
  readonly bytes: number;
}

const WEB = new Set(['http:', 'https:']);

export { isWebLink } from '../../../shared/web-links';

/** Parses a link the person or a program gave; throws the sentence when it is not http(s). */
export function webLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new LinkError(linkErrors.notWeb(link.split(':')[0] ?? link));
  }
  if (!WEB.has(url.protocol)) throw new LinkError(linkErrors.notWeb(url.protocol.slice(0, -1)));
  if (url.username || url.password) throw new LinkError(linkErrors.credentials());
  return url;
}

/**
 * The link as rows, lines and the history may show it: any user name or password taken out
 * (such a link is refused, and its secret must not be kept with the failed row).
 */
export function withoutCredentials(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  if (!url.username && !url.password) return link;
  url.username = '';
  url.password = '';
  return url.href;
}

function redirectTarget(location: string, from: URL): URL {
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new LinkError(linkErrors.redirectNotWeb(location.split(':')[0] ?? location));
  }
  if (!WEB.has(next.protocol))
    throw new LinkError(linkErrors.redirectNotWeb(next.protocol.slice(0, -1)));
  if (next.username || next.password) throw new LinkError(linkErrors.credentials());
  return next;
}

/** What a sniffed head allows: the format (null for one the worker names and refuses itself). */
function formatOf(head: Uint8Array): SourceFormat | null {
  const sniffed = sniffFormat(head);
  if (sniffed.kind === 'text' || sniffed.kind === 'unknown') {
    throw new LinkError(linkErrors.notImage(sniffed.kind));
  }
  return sniffed.kind === 'image' ? sniffed.format : null;
}

/** Writes the body to `part`, checking the cap as it goes and the content once it has a head. */
async function writeBody(
  response: IncomingMessage,
  part: string,
  maxBytes: number,
): Promise<{ bytes: number; format: SourceFormat | null }> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes)
    throw new LinkError(linkErrors.tooLarge(maxBytes));
  const file = await open(part, 'wx', PRIVATE_FILE_MODE).catch((err: unknown) => {
    throw new LinkError(linkErrors.saveFailed(err));
  });
  let bytes = 0;
  let head = Buffer.alloc(0);
  let format: SourceFormat | null | undefined;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > maxBytes) throw new LinkError(linkErrors.tooLarge(maxBytes));
      if (format === undefined && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk.subarray(0, SNIFF_BYTES - head.length)]);
        // A web page fails as soon as its first bytes are in, not after the whole of it.
        if (head.length >= SNIFF_BYTES) format = formatOf(head);
      }
      await file.write(chunk).catch((err: unknown) => {
        throw new LinkError(linkErrors.saveFailed(err));
      });
    }
  } finally {
    await file.close();
  }
  if (bytes === 0) throw new LinkError(linkErrors.empty());
  return { bytes, format: format === undefined ? formatOf(head) : format };
}

/** Follows the link hop by hop and saves the body; throws LinkError or what the network threw. */
async function fetchTo(url: URL, part: string, opts: DownloadOptions, signal: AbortSignal) {
  const resolver = opts.resolver ?? systemResolver;
  for (let hop = 0; ; hop += 1) {
    const address = await resolveHop(url, opts.rule ?? opts.reach, resolver);
    const answer = await fetchHop(url, address, { signal, firstAnswerMs: opts.firstAnswerMs });
    if (answer.kind === 'body')
      return { url, ...(await writeBody(answer.response, part, opts.maxBytes)) };
    if (hop >= opts.maxRedirects)
      throw new LinkError(linkErrors.tooManyRedirects(opts.maxRedirects));
    url = redirectTarget(answer.location, url);
  }
}

/** Downloads `link` into `opts.dir`; throws a LinkError whose sentence says what went wrong. */
export async function downloadLink(link: string, opts: DownloadOptions): Promise<Downloaded> {
  const start = webLink(link);
  const total = new AbortController();
  const timer = setTimeout(() => total.abort(), opts.totalMs);
  const signal = opts.signal ? AbortSignal.any([total.signal, opts.signal]) : total.signal;
  const id = randomUUID();
  const part = join(opts.dir, `${id}.part`);
  try {
    const { url, bytes, format } = await fetchTo(start, part, opts, signal);
    const path = join(opts.dir, `${id}.${savedExtension(format)}`);
    await rename(part, path).catch((err: unknown) => {
      throw new LinkError(linkErrors.saveFailed(err));
    });
    return { path, name: linkFileName(url, format), bytes };
  } catch (err) {
    await rm(part, { force: true });
    if (total.signal.aborted) throw new LinkError(linkErrors.tooSlow(opts.totalMs));
    if (err instanceof LinkError) throw err;
    throw new LinkError(linkErrors.network(err));
  } finally {
    clearTimeout(timer);
  }
}
