import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, isOpenableLink } from '../../../../../src/main/core/shell/links';

describe('external links', () => {
  const endpoint = 'https://ik.imagekit.io/acme';
  it.each([
    ['https://imagekit.io/dashboard', true],
    ['https://docs.imagekit.io/api', true],
    ['https://ik.imagekit.io/acme/products/a.webp', true],
    ['http://imagekit.io/', false],
    ['https://imagekit.io.evil.example/', false],
    ['https://evil.example/?imagekit.io', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['https://user:pw@imagekit.io/', false],
  ])('%s -> %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url, endpoint)).toBe(allowed);
  });

  it('allows files under a local emulator endpoint but nothing else on that host', () => {
    const local = 'http://127.0.0.1:4010/demo';
    expect(isAllowedExternalUrl('http://127.0.0.1:4010/demo/a.webp', local)).toBe(true);
    expect(isAllowedExternalUrl('http://127.0.0.1:4010/__emulator/stats', local)).toBe(false);
    expect(isAllowedExternalUrl('http://127.0.0.1:4010/demo', '')).toBe(false);
  });
});

describe('the scheme gate every link passes last', () => {
  it.each([
    ['https://ik.imagekit.io/acme/a.webp', true],
    ['http://127.0.0.1:4010/demo/a.webp', true],
    ['http://localhost:4010/demo/a.webp', true],
    ['http://ik.imagekit.io/acme/a.webp', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://server/share/a.png', false],
    ['ms-settings:privacy', false],
    ['https://user@imagekit.io/', false],
  ])('%s -> %s', (url, ok) => {
    expect(isOpenableLink(url)).toBe(ok);
  });

  it('keeps plain http off a non-local URL endpoint', () => {
    const endpoint = 'http://files.example.com/acme';
    expect(isAllowedExternalUrl('http://files.example.com/acme/a.webp', endpoint)).toBe(false);
  });
});
