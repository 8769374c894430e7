/**
 * One hop of a download: a GET to the pinned address, answered with the response once its
 * headers arrive, or a LinkError when nothing answers in time.
 */
import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import type { LookupAddress } from 'node:dns';
import { LinkError, linkErrors } from './link-errors';
import { pinnedLookup } from './resolve-hop';

/** Statuses that send the download on to the Location header. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** What a hop answered: where to go next, or the response whose body is the download. */
export type HopAnswer =
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'body'; readonly response: IncomingMessage };

export interface HopOptions {
  /** Stops the hop (the download's total time is up, or the app stopped it). */
  readonly signal: AbortSignal;
  /** How long the server may take to send its headers. */
  readonly firstAnswerMs: number;
}

/** Sends the GET for `url` to `address` and waits for the headers. */
export function fetchHop(url: URL, address: LookupAddress, opts: HopOptions): Promise<HopAnswer> {
  const get = url.protocol === 'https:' ? httpsGet : httpGet;
  return new Promise<HopAnswer>((resolve, reject) => {
    const request = get(url, {
      lookup: pinnedLookup(address),
      // A fresh connection for every hop: a pooled one may lead to an address not checked now.
      agent: false,
      signal: opts.signal,
      headers: { accept: 'image/*,*/*;q=0.5' },
    });
    const timer = setTimeout(() => {
      request.destroy(new LinkError(linkErrors.noAnswer(opts.firstAnswerMs)));
    }, opts.firstAnswerMs);
    request.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    request.once('response', (response) => {
      clearTimeout(timer);
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode ?? 0) && location) {
        response.resume();
        resolve({ kind: 'redirect', location });
        return;
      }
      if ((response.statusCode ?? 0) < 200 || (response.statusCode ?? 0) > 299) {
        response.resume();
        reject(new LinkError(linkErrors.status(response.statusCode ?? 0)));
        return;
      }
      resolve({ kind: 'body', response });
    });
  });
}
