/**
 * Which IP addresses a link sent by another program may reach: the public internet only. A
 * local program could otherwise use the app to fetch an intranet page's pictures (or a router's,
 * or a cloud metadata service's) and publish them. Pure: the downloader asks this after DNS has
 * answered, for every hop, and connects to exactly the address it asked about.
 */
import { isIPv4, isIPv6 } from 'node:net';

/** A block of addresses: the first `bits` bits of `prefix`. */
interface Range {
  readonly prefix: readonly number[];
  readonly bits: number;
}

function range(prefix: readonly number[], bits: number): Range {
  return { prefix, bits };
}

/** IPv4 blocks that are not the public internet (RFC 6890 and friends). */
const IPV4_NOT_PUBLIC: readonly Range[] = [
  range([0], 8), // "this network", 0.0.0.0 included
  range([10], 8), // private
  range([100, 64], 10), // carrier-grade NAT, shared address space
  range([127], 8), // loopback
  range([169, 254], 16), // link-local (cloud metadata services live here)
  range([172, 16], 12), // private
  range([192, 0, 0], 24), // IETF protocol assignments
  range([192, 0, 2], 24), // documentation
  range([192, 168], 16), // private
  range([198, 18], 15), // benchmarking
  range([198, 51, 100], 24), // documentation
  range([203, 0, 113], 24), // documentation
  range([224], 4), // multicast
  range([240], 4), // reserved, and 255.255.255.255
];

/** IPv6 blocks that are not the public internet (IPv4 forms are handled apart). */
const IPV6_NOT_PUBLIC: readonly Range[] = [
  range([0x01, 0x00, 0, 0, 0, 0, 0, 0], 64), // discard-only
  range([0x20, 0x01, 0x0d, 0xb8], 32), // documentation
  range([0xfc], 7), // unique-local
  range([0xfe, 0x80], 10), // link-local
  range([0xfe, 0xc0], 10), // site-local (deprecated, still routed inside some networks)
  range([0xff], 8), // multicast
];

function inRange(bytes: readonly number[], r: Range): boolean {
  for (let bit = 0; bit < r.bits; bit += 8) {
    const left = Math.min(8, r.bits - bit);
    const mask = (0xff << (8 - left)) & 0xff;
    const i = bit / 8;
    if (((bytes[i] ?? 0) & mask) !== ((r.prefix[i] ?? 0) & mask)) return false;
  }
  return true;
}

function ipv4Bytes(address: string): number[] {
  return address.split('.').map((part) => Number(part));
}

/** The 16 bytes of an IPv6 address (`::`, an IPv4 tail and a zone index understood). */
function ipv6Bytes(address: string): number[] {
  const plain = address.replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  let text = plain;
  let end: number[] = [];
  if (tail) {
    end = ipv4Bytes(tail[1] as string);
    text = plain.slice(0, plain.length - (tail[1] as string).length) + '0:0';
  }
  const [head = '', rest] = text.split('::');
  const groups = (part: string): string[] => (part === '' ? [] : part.split(':'));
  const front = groups(head);
  const back = rest === undefined ? [] : groups(rest);
  const zeros = Array<string>(8 - front.length - back.length).fill('0');
  const words = [...front, ...zeros, ...back].map((g) => parseInt(g, 16));
  const bytes = words.flatMap((w) => [(w >> 8) & 0xff, w & 0xff]);
  if (tail) bytes.splice(12, 4, ...end);
  return bytes;
}

function ipv4IsPublic(bytes: readonly number[]): boolean {
  return !IPV4_NOT_PUBLIC.some((r) => inRange(bytes, r));
}

/** The IPv4 address an IPv6 one stands for (mapped, compatible, NAT64, 6to4), or null. */
function embeddedIpv4(bytes: readonly number[]): number[] | null {
  const zeros = (from: number, to: number): boolean => bytes.slice(from, to).every((b) => b === 0);
  // ::ffff:a.b.c.d (mapped) and the deprecated ::a.b.c.d (compatible; :: and ::1 land here too).
  if (zeros(0, 10) && ((bytes[10] === 0xff && bytes[11] === 0xff) || zeros(10, 12))) {
    return bytes.slice(12, 16);
  }
  // 64:ff9b::a.b.c.d, NAT64's well-known prefix.
  if (inRange(bytes, range([0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0], 96))) {
    return bytes.slice(12, 16);
  }
  // 2002:aabb:ccdd::/48, 6to4 of a.b.c.d.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return bytes.slice(2, 6);
  return null;
}

/**
 * Whether `address` (an IPv4 or IPv6 literal, as DNS answers it) is on the public internet.
 * Anything that does not parse as an address is not.
 */
export function isPublicAddress(address: string): boolean {
  if (isIPv4(address)) return ipv4IsPublic(ipv4Bytes(address));
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  if (!isIPv6(bare)) return false;
  const bytes = ipv6Bytes(bare);
  const v4 = embeddedIpv4(bytes);
  if (v4 !== null) return ipv4IsPublic(v4);
  return !IPV6_NOT_PUBLIC.some((r) => inRange(bytes, r));
}

/** How far a link may reach: anywhere (the person's own paste) or the public internet only. */
export type Reach = 'any' | 'public';

/** Whether a link with this reach may connect to `address`. */
export function mayConnect(reach: Reach, address: string): boolean {
  return reach === 'any' || isPublicAddress(address);
}
