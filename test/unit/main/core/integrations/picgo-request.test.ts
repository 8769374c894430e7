import { describe, expect, it } from 'vitest';
import {
  checkHead,
  isLoopbackHost,
  MAX_LIST_LENGTH,
  parseBody,
  isRefusal,
  type RequestHead,
} from '../../../../../src/main/core/integrations/picgo-request';

const HEAD: RequestHead = {
  method: 'POST',
  url: '/upload',
  host: '127.0.0.1:36677',
  origin: undefined,
  secFetchSite: undefined,
};

describe('the PicGo request rules', () => {
  it('takes POST /upload addressed to the loopback, with or without a port', () => {
    expect(checkHead(HEAD, '')).toBeNull();
    expect(checkHead({ ...HEAD, host: 'localhost' }, '')).toBeNull();
    expect(checkHead({ ...HEAD, host: '[::1]:36677' }, '')).toBeNull();
    expect(checkHead({ ...HEAD, url: '/upload?foo=1' }, '')).toBeNull();
  });

  it('refuses other Host names, as a DNS-rebinding page would send', () => {
    for (const host of ['evil.example:36677', '127.0.0.1.nip.io', '0.0.0.0:36677', '', undefined]) {
      expect(isLoopbackHost(host)).toBe(false);
      expect(checkHead({ ...HEAD, host }, '')?.status).toBe(403);
    }
    expect(checkHead({ ...HEAD, host: 'evil.example' }, '')?.message).toMatch(/127\.0\.0\.1/);
  });

  it('refuses requests a browser page sends (Origin or a cross-site fetch)', () => {
    expect(checkHead({ ...HEAD, origin: 'https://evil.example' }, '')?.status).toBe(403);
    expect(checkHead({ ...HEAD, origin: 'null' }, '')?.status).toBe(403);
    expect(checkHead({ ...HEAD, secFetchSite: 'cross-site' }, '')?.message).toMatch(/web pages/);
  });

  it('answers 404 for other paths and 405 for other methods', () => {
    expect(checkHead({ ...HEAD, url: '/' }, '')?.status).toBe(404);
    expect(checkHead({ ...HEAD, url: '/upload/../x' }, '')?.status).toBe(404);
    expect(checkHead({ ...HEAD, method: 'GET' }, '')?.status).toBe(405);
    expect(checkHead({ ...HEAD, method: 'OPTIONS' }, '')?.status).toBe(405);
  });

  it('asks for the key when one is set: 401 without it, 403 with a wrong one', () => {
    expect(checkHead(HEAD, 'sekret_1')).toEqual({
      status: 401,
      message: expect.stringMatching(/key/),
    });
    expect(checkHead({ ...HEAD, url: '/upload?key=' }, 'sekret_1')?.status).toBe(401);
    expect(checkHead({ ...HEAD, url: '/upload?key=sekret_2' }, 'sekret_1')?.status).toBe(403);
    expect(checkHead({ ...HEAD, url: '/upload?key=sekret_1' }, 'sekret_1')).toBeNull();
  });

  it('reads a list of absolute paths, POSIX or Windows', () => {
    expect(parseBody('{"list":["/a/b.png","C:\\\\x\\\\y.jpg"]}')).toEqual({
      kind: 'list',
      paths: ['/a/b.png', 'C:\\x\\y.jpg'],
    });
  });

  it('reads http(s) links beside paths, as PicGo does, and refuses other schemes', () => {
    const body = '{"list":["/a/b.png","https://img.example/c.jpg","HTTP://img.example/d"]}';
    expect(parseBody(body)).toEqual({
      kind: 'list',
      paths: ['/a/b.png', 'https://img.example/c.jpg', 'HTTP://img.example/d'],
    });
    for (const entry of ['ftp://img.example/c.jpg', 'file:///etc/passwd', 'img.example/c.jpg']) {
      const result = parseBody(JSON.stringify({ list: [entry] }));
      expect(isRefusal(result) && result.status, entry).toBe(400);
    }
  });

  it('takes an empty body as "upload the clipboard image"', () => {
    expect(parseBody('')).toEqual({ kind: 'clipboard' });
    expect(parseBody('  \n')).toEqual({ kind: 'clipboard' });
  });

  it('refuses malformed JSON and wrong shapes with a 4xx and a sentence', () => {
    const cases: Array<[string, RegExp]> = [
      ['{"list": [', /not valid JSON/],
      ['[]', /"list"/],
      ['{"files": ["/a.png"]}', /"list"/],
      ['{"list": "/a.png"}', /"list"/],
      ['{"list": []}', /empty/],
      ['{"list": [3]}', /text/],
      ['{"list": ["a.png"]}', /not an absolute path/],
      ['{"list": ["C:relative.png"]}', /not an absolute path/],
    ];
    for (const [body, message] of cases) {
      const result = parseBody(body);
      expect(result, body).toMatchObject({ status: 400, message: expect.stringMatching(message) });
    }
    const many = JSON.stringify({
      list: Array.from({ length: MAX_LIST_LENGTH + 1 }, () => '/a.png'),
    });
    expect(parseBody(many)).toMatchObject({ status: 413 });
  });

  it('refuses paths whose names hold control, line or text-direction characters', () => {
    for (const path of [
      '/tmp/two\nlines.png',
      '/tmp/invoice\u202Egnp.exe.png',
      '/tmp/para\u2029graph.png',
      '/tmp/\u2066isolated.png',
      '/tmp/c1\u0085.png',
      'C:\\photos\\\u202Ex.png',
    ]) {
      const result = parseBody(JSON.stringify({ list: ['/tmp/fine.png', path] }));
      expect(result, path).toMatchObject({ status: 400 });
      const { message } = result as { message: string };
      expect(message).toMatch(/invisible/);
      // Said with the characters written out, so the answer cannot spoof a line or a name.
      expect(message).not.toMatch(/[\n\u0085\u2029\u202e\u2066]/);
      expect(message).toMatch(/\\u[0-9A-F]{4}/);
    }
  });
});
