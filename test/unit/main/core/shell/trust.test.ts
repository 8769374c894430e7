import { describe, expect, it } from 'vitest';
import {
  allowPermission,
  isTrustedSender,
  urlTrust,
} from '../../../../../src/main/core/shell/trust';

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

  it.each([
    ['file://host/Applications/Uploader.app/Contents/Resources/app.asar/out/renderer/index.html'],
    [
      'file://evil.example/Applications/Uploader.app/Contents/Resources/app.asar/out/renderer/index.html',
    ],
    ['file://user@/Applications/Uploader.app/Contents/Resources/app.asar/out/renderer/index.html'],
  ])('packaged from disk: a file URL with a host is refused: %s', (url) => {
    expect(packaged(url)).toBe(false);
  });

  const app = urlTrust('app://renderer/index.html');

  it.each([
    ['app://renderer/index.html', true],
    ['app://renderer/index.html#/settings', true],
    ['app://renderer/assets/index.js', true],
    ['file://renderer/index.html', false],
    ['file:///index.html', false],
    ['http://renderer/index.html', false],
    ['https://renderer/index.html', false],
    ['app://renderer.evil.example/index.html', false],
    ['app://evil.example/renderer/index.html', false],
    ['app://RENDERER/index.html', false],
    ['app://renderer:443/index.html', false],
    ['app://renderer@evil.example/index.html', false],
    ['app://user:pw@renderer/index.html', false],
    ['blob:app://renderer/6c1e', false],
    ['app:///index.html', false],
  ])('app:// page: %s -> %s', (url, trusted) => {
    expect(app(url)).toBe(trusted);
  });

  it('dev server: scheme, host and port compared exactly', () => {
    expect(dev('https://localhost:5173/')).toBe(false);
    expect(dev('ws://localhost:5173/')).toBe(false);
    expect(dev('http://localhost:5173@evil.example/')).toBe(false);
    expect(dev('http://localhost.evil.example:5173/')).toBe(false);
    expect(dev('http://user@localhost:5173/')).toBe(false);
    expect(dev('http://localhost/')).toBe(false);
    expect(dev('file://localhost:5173/')).toBe(false);
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

const trusted = urlTrust('app://renderer/index.html');

describe('permissions', () => {
  it('lets our own window at our own origin write the clipboard', () => {
    for (const url of ['app://renderer', 'app://renderer/index.html']) {
      expect(
        allowPermission(
          { permission: 'clipboard-sanitized-write', url, fromOurWindow: true },
          trusted,
        ),
      ).toBe(true);
    }
  });

  it.each([
    ['clipboard-read', 'app://renderer/index.html', true],
    ['notifications', 'app://renderer/index.html', true],
    ['media', 'app://renderer/index.html', true],
    ['geolocation', 'app://renderer/index.html', true],
    ['openExternal', 'app://renderer/index.html', true],
    ['clipboard-sanitized-write', 'https://evil.example/', true],
    ['clipboard-sanitized-write', 'app://other/index.html', true],
    ['clipboard-sanitized-write', 'file:///index.html', true],
    ['clipboard-sanitized-write', 'app://renderer/index.html', false],
  ])('denies %s from %s (our window: %s)', (permission, url, fromOurWindow) => {
    expect(allowPermission({ permission, url, fromOurWindow }, trusted)).toBe(false);
  });
});
