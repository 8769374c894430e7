/**
 * Where one hop of a download connects: the host is resolved once, every answer is checked
 * against the link's reach, and the connection is pinned to the checked address through a
 * custom `lookup`, so a second DNS answer (rebinding) cannot send it somewhere else.
 */
import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { mayConnect, type Reach } from './address-policy';

/** Whether a hop may connect to an address: the reach's rule, or a test's stand-in for it. */
export type AddressRule = Reach | ((address: string) => boolean);
import { LinkError, linkErrors } from './link-errors';

/** Answers every address a host name has (the system resolver unless a test gives another). */
export type Resolver = (host: string) => Promise<readonly LookupAddress[]>;

/** The system's resolver, as connections would use it (hosts file included). */
export const systemResolver: Resolver = (host) => lookup(host, { all: true, verbatim: true });

/** A URL's host without the brackets IPv6 literals wear there. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

/** Resolves `url`'s host and checks it; throws a LinkError with the sentence when refused. */
export async function resolveHop(
  url: URL,
  rule: AddressRule,
  resolver: Resolver,
): Promise<LookupAddress> {
  const host = bareHost(url);
  const family = isIP(host);
  let answers: readonly LookupAddress[];
  if (family !== 0) {
    answers = [{ address: host, family }];
  } else {
    try {
      answers = await resolver(host);
    } catch {
      throw new LinkError(linkErrors.hostNotFound(host));
    }
  }
  const first = answers[0];
  if (first === undefined) throw new LinkError(linkErrors.hostNotFound(host));
  // Every answer must be allowed: a name with one private answer can be turned to the intranet.
  const allowed = typeof rule === 'function' ? rule : (a: string) => mayConnect(rule, a);
  const refused = answers.find((a) => !allowed(a.address));
  if (refused) {
    const shown = refused.address === host ? host : `${host}: ${refused.address}`;
    throw new LinkError(linkErrors.privateAddress(shown));
  }
  return first;
}

/** A `lookup` that answers only the checked address, whatever it is asked. */
export function pinnedLookup(pinned: LookupAddress): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
}
