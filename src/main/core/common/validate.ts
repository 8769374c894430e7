/**
 * Small validators for data that crosses a trust boundary (IPC from the renderer, settings read
 * from disk). They throw InvalidInputError with a sentence naming the field.
 */
import { hasHiddenCharacters } from '../../../shared/hidden-characters';
import { strings } from '../../../shared/strings';

const { mustBe, expected } = strings.validation;

export class InvalidInputError extends Error {
  override readonly name = 'InvalidInputError';
}

function fail(what: string, expectation: string): never {
  throw new InvalidInputError(mustBe(what, expectation));
}

/** A plain object (not null, not an array). */
export function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(what, expected.object);
  return value as Record<string, unknown>;
}

/**
 * A string no longer than `max` characters and free of control, line-separator and
 * direction-changing characters (shared/hidden-characters.ts).
 */
export function text(value: unknown, what: string, max = 2048): string {
  if (typeof value !== 'string') fail(what, expected.text);
  if (value.length > max) fail(what, expected.atMostChars(max));
  if (hasHiddenCharacters(value)) {
    fail(what, expected.noHiddenCharacters);
  }
  return value;
}

/** An integer within [min, max]. */
export function integer(value: unknown, what: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    fail(what, expected.wholeNumber(min, max));
  }
  return value;
}

export function bool(value: unknown, what: string): boolean {
  if (typeof value !== 'boolean') fail(what, expected.trueOrFalse);
  return value;
}

/** One of a fixed set of strings. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(what, expected.oneOf(allowed));
  }
  return value as T;
}

/** An array of at most `max` items, each checked by `item`. */
export function list<T>(
  value: unknown,
  what: string,
  max: number,
  item: (v: unknown, what: string) => T,
): T[] {
  if (!Array.isArray(value)) fail(what, expected.list);
  if (value.length > max) fail(what, expected.listOfAtMost(max));
  const out: T[] = [];
  // A sparse array's holes are skipped by map() and forEach(), so they would pass unchecked.
  for (let i = 0; i < value.length; i += 1) {
    if (!Object.hasOwn(value, i)) fail(what, expected.listWithoutGaps);
    out.push(item(value[i], `${what}[${i}]`));
  }
  return out;
}

function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/**
 * An absolute URL. https everywhere; plain http only to this machine (a local emulator), since
 * credentials travel in these requests.
 */
export function webUrl(value: unknown, what: string): string {
  const raw = text(value, what, 2048).trim();
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    fail(what, expected.webAddress);
  }
  if (url.username || url.password) fail(what, expected.noCredentials);
  if (url.protocol === 'https:') return url.toString();
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url.toString();
  return fail(what, expected.httpsOnly);
}

/**
 * A server address as Settings take it: `http(s)://host[:port][/path]`, the host made of
 * letters, digits, dots and hyphens only, no query and no fragment. `new URL` accepts far more
 * in a host (`;`, `,`, percent-escapes, numeric forms), and the URL endpoint's origin goes into
 * the page's Content Security Policy.
 */
const SERVER_ADDRESS = /^(https?):\/\/([A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/[^?#\s\\]*)?$/;

/** The parts of a server address, or null when `raw` is not one (see SERVER_ADDRESS). */
export function parseServerAddress(
  raw: string,
): { readonly url: URL; readonly origin: string } | null {
  const match = SERVER_ADDRESS.exec(raw);
  if (!match) return null;
  const [, scheme, host = '', port] = match;
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // The URL parser must read the same host (it rewrites numeric forms such as 0x7f.1).
  if (url.hostname !== host.toLowerCase()) return null;
  return { url, origin: `${scheme}://${url.host}` };
}

/**
 * The ports the Fetch standard blocks (mail, FTP, SSH, IRC and the like): Node's fetch, which
 * sends every request, refuses them before connecting, as browsers do.
 */
export const FETCH_BLOCKED_PORTS: ReadonlySet<number> = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465,
  512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993,
  995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668,
  6669, 6679, 6697, 10080,
]);

/**
 * A server address from Settings (see SERVER_ADDRESS): https everywhere, plain http only to this
 * machine (a local emulator), since credentials travel in these requests; never on a port no
 * request could reach (FETCH_BLOCKED_PORTS).
 */
export function serverAddress(value: unknown, what: string): string {
  const raw = text(value, what, 2048).trim();
  const parsed = parseServerAddress(raw);
  if (!parsed) fail(what, expected.serverAddress);
  const { url } = parsed;
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) fail(what, expected.httpsOnly);
  if (url.port !== '' && FETCH_BLOCKED_PORTS.has(Number(url.port))) fail(what, expected.usablePort);
  return url.toString();
}

/** A server address, or empty for "not set". */
export function optionalServerAddress(value: unknown, what: string): string {
  if (value === '') return '';
  return serverAddress(value, what);
}
