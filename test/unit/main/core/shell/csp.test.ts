import { describe, expect, it } from 'vitest';
import { imageOrigin, rendererCsp } from '../../../../../src/main/core/shell/csp';

const imgSrc = (policy: string): string =>
  policy
    .split('; ')
    .find((d) => d.startsWith('img-src '))
    ?.slice('img-src '.length) ?? '';

describe('renderer content security policy', () => {
  it('lets images come only from the app, data: URLs and the URL endpoint origin', () => {
    expect(imgSrc(rendererCsp('https://ik.imagekit.io/demo/'))).toBe(
      "'self' data: https://ik.imagekit.io",
    );
    expect(imgSrc(rendererCsp('http://127.0.0.1:4567/ik/'))).toBe(
      "'self' data: http://127.0.0.1:4567",
    );
  });

  it('adds no origin when no URL endpoint is set', () => {
    expect(imgSrc(rendererCsp(''))).toBe("'self' data:");
    expect(imageOrigin('not a url')).toBeNull();
    expect(imageOrigin('javascript:alert(1)')).toBeNull();
  });

  it('builds the image origin from a plain host name, so an address cannot add a directive', () => {
    for (const address of [
      'https://ik.imagekit.io;sandbox/x',
      'https://ik.imagekit.io%3Bsandbox/x',
      'https://ik.imagekit.io,evil/x',
      "https://ik.imagekit.io'unsafe-inline'/x",
    ]) {
      const policy = rendererCsp(address);
      expect(policy, address).not.toMatch(/sandbox|evil|unsafe/);
      expect(imgSrc(policy)).toBe("'self' data:");
    }
    expect(imgSrc(rendererCsp('https://IK.imagekit.io:8443/a'))).toBe(
      "'self' data: https://ik.imagekit.io:8443",
    );
  });

  it('keeps everything else locked', () => {
    const policy = rendererCsp('https://ik.imagekit.io/demo');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).not.toContain('*');
  });
});
