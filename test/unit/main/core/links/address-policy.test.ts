import { describe, expect, it } from 'vitest';
import { isPublicAddress, mayConnect } from '../../../../../src/main/core/links/address-policy';

/** Addresses a link sent by another program must never reach, and why. */
const NOT_PUBLIC: readonly (readonly [string, string])[] = [
  ['127.0.0.1', 'IPv4 loopback'],
  ['127.255.255.254', 'the rest of 127/8'],
  ['0.0.0.0', 'unspecified (reaches this machine on Linux)'],
  ['0.1.2.3', '"this network"'],
  ['10.0.0.1', 'private 10/8'],
  ['172.16.0.1', 'private 172.16/12, first'],
  ['172.31.255.255', 'private 172.16/12, last'],
  ['192.168.1.1', 'private 192.168/16'],
  ['169.254.169.254', 'link-local (cloud metadata)'],
  ['100.64.0.1', 'carrier-grade NAT'],
  ['192.0.2.10', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['224.0.0.1', 'multicast'],
  ['255.255.255.255', 'broadcast'],
  ['::', 'IPv6 unspecified'],
  ['::1', 'IPv6 loopback'],
  ['[::1]', 'IPv6 loopback as a URL writes it'],
  ['fe80::1', 'IPv6 link-local'],
  ['fe80::1%eth0', 'IPv6 link-local with a zone'],
  ['febf:ffff::1', 'IPv6 link-local, end of fe80::/10'],
  ['fc00::1', 'unique-local fc00::/7'],
  ['fd12:3456:789a::1', 'unique-local fd00::/8'],
  ['fec0::1', 'site-local'],
  ['ff02::1', 'IPv6 multicast'],
  ['::ffff:127.0.0.1', 'IPv4-mapped loopback'],
  ['::ffff:7f00:1', 'IPv4-mapped loopback, hex form'],
  ['::ffff:10.1.2.3', 'IPv4-mapped private'],
  ['::ffff:169.254.169.254', 'IPv4-mapped link-local'],
  ['::ffff:0.0.0.0', 'IPv4-mapped unspecified'],
  ['::127.0.0.1', 'IPv4-compatible loopback'],
  ['64:ff9b::c0a8:101', 'NAT64 of 192.168.1.1'],
  ['2002:c0a8:0101::1', '6to4 of 192.168.1.1'],
  ['2001:db8::1', 'IPv6 documentation'],
  ['localhost', 'a name, not an address'],
  ['', 'empty'],
  ['1.2.3', 'not a whole address'],
];

const PUBLIC: readonly (readonly [string, string])[] = [
  ['8.8.8.8', 'public IPv4'],
  ['1.1.1.1', 'public IPv4'],
  ['172.15.255.255', 'just below 172.16/12'],
  ['172.32.0.1', 'just above 172.16/12'],
  ['100.63.255.255', 'just below carrier-grade NAT'],
  ['192.169.0.1', 'just above 192.168/16'],
  ['2606:4700:4700::1111', 'public IPv6'],
  ['2a00:1450:4001:81c::200e', 'public IPv6'],
  ['::ffff:8.8.8.8', 'IPv4-mapped public'],
  ['64:ff9b::808:808', 'NAT64 of 8.8.8.8'],
  ['2002:0808:0808::1', '6to4 of 8.8.8.8'],
];

describe('isPublicAddress', () => {
  it.each(NOT_PUBLIC)('refuses %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(PUBLIC)('allows %s (%s)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('mayConnect', () => {
  it("lets the person's own link reach this machine and the local network", () => {
    expect(mayConnect('any', '127.0.0.1')).toBe(true);
    expect(mayConnect('any', '192.168.1.1')).toBe(true);
  });

  it('keeps a link from another program to the public internet', () => {
    expect(mayConnect('public', '127.0.0.1')).toBe(false);
    expect(mayConnect('public', '::ffff:192.168.1.1')).toBe(false);
    expect(mayConnect('public', '8.8.8.8')).toBe(true);
  });
});
