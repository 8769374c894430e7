import { describe, expect, it } from 'vitest';
import { isTrustedSender, urlTrust } from '../../../../src/main/core/trust';

describe('who may call main', () => {
  const packaged = urlTrust(
    'file:///Applications/Uploader.app/Contents/Resources/app.asar/out/renderer/index.html',
  );
  const dev = urlTrust('http://localhost:5173/');

  it.each([
    ['file:///Applications/Uploader.app/Contents/Resources/app.asar/out/renderer/index.html', true],
    [
      'file:///Applications/Uploader.app/Contents/Resources/app.asar/out/renderer/index.html#x',
      true,
    ],
    ['file:///tmp/evil.html', false],
    ['https://example.com/', false],
    ['not a url', false],
  ])('packaged app: %s -> %s', (url, trusted) => {
    expect(packaged(url)).toBe(trusted);
  });

  it('dev server: same origin only', () => {
    expect(dev('http://localhost:5173/src/main.tsx')).toBe(true);
    expect(dev('http://localhost:5174/')).toBe(false);
    expect(dev('http://127.0.0.1:5173/')).toBe(false);
  });

  it('needs our window, its top frame and our page', () => {
    const ok = { fromOurWindow: true, fromTopFrame: true, frameUrl: 'http://localhost:5173/' };
    expect(isTrustedSender(ok, dev)).toBe(true);
    expect(isTrustedSender({ ...ok, fromOurWindow: false }, dev)).toBe(false);
    expect(isTrustedSender({ ...ok, fromTopFrame: false }, dev)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: null }, dev)).toBe(false);
    expect(isTrustedSender({ ...ok, frameUrl: 'https://evil.example/' }, dev)).toBe(false);
  });
});
