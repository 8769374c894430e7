import { describe, expect, it } from 'vitest';
import { join, resolve, sep } from 'node:path';
import {
  APP_INDEX_URL,
  contentTypeFor,
  resolveAppRequest,
} from '../../../../../src/main/core/shell/app-requests';

const root = resolve('/opt/uploader/resources/app.asar/out/renderer');
const inRoot = (file: string | null): boolean => file !== null && file.startsWith(root + sep);

describe('app:// serves the renderer folder and nothing else', () => {
  it('maps the index and the built assets to files in the folder', () => {
    expect(resolveAppRequest(root, APP_INDEX_URL)).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://renderer/')).toBe(join(root, 'index.html'));
    expect(resolveAppRequest(root, 'app://renderer/assets/index-G1.js?v=1#x')).toBe(
      join(root, 'assets', 'index-G1.js'),
    );
    expect(resolveAppRequest(root, 'app://renderer/assets/a%20b.css')).toBe(
      join(root, 'assets', 'a b.css'),
    );
  });

  it.each([
    'app://renderer/assets/%2E%2E%2Fmain%2Findex.js',
    'app://renderer/..%2f..%2fmain/index.js',
    'app://renderer/..%5c..%5cmain%5cindex.js',
    'app://renderer/%2fetc%2fpasswd',
    'app://renderer/C:%5CWindows%5Cwin.ini',
    'app://renderer/C%3A/Windows/win.ini',
    'app://renderer/assets//index.js',
    'app://renderer/index.html%00.png',
    'app://renderer/%E0%A4%A',
  ])('refuses an escape attempt: %s', (url) => {
    expect(resolveAppRequest(root, url)).toBeNull();
  });

  it('keeps dot segments the URL parser already folded inside the folder', () => {
    // The WHATWG parser resolves "..", "%2e%2e" and "." segments before we see the path.
    for (const url of [
      'app://renderer/../../../etc/passwd',
      'app://renderer/assets/../../main/index.js',
      'app://renderer/./%2e%2e/x.js',
      'app://renderer/%2e%2e/%2e%2e/secrets.json',
      'app://renderer/assets/.%2e/.%2e/x',
    ]) {
      expect(inRoot(resolveAppRequest(root, url)), url).toBe(true);
    }
  });

  it.each([
    'file:///opt/uploader/resources/app.asar/out/renderer/index.html',
    'file://renderer/index.html',
    'http://renderer/index.html',
    'app://renderer.evil/index.html',
    'app://evil/index.html',
    'app://RENDERER-x/index.html',
    'app://renderer:8080/index.html',
    'app://user@renderer/index.html',
    'app://user:pw@renderer/index.html',
    'app:/index.html',
    'app:index.html',
    '/etc/passwd',
    'not a url',
  ])('refuses another origin or a malformed URL: %s', (url) => {
    expect(resolveAppRequest(root, url)).toBeNull();
  });

  it('names the content type of each built file', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('assets/index-X.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('assets/index.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('assets/logo.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('notes.txt')).toBe('application/octet-stream');
  });
});
