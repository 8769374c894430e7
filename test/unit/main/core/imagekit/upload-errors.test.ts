import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@imagekit/nodejs';
import { describe, expect, it } from 'vitest';
import type { Failure, FailureSource } from '../../../../../src/main/core/imagekit/failures';
import {
  failureFrom,
  failureFromResponse,
  isTransient,
} from '../../../../../src/main/core/imagekit/failures';
import { secretForms } from '../../../../../src/main/core/imagekit/config';
import type { MessageContext } from '../../../../../src/main/core/imagekit/upload-errors';
import {
  deadlineError,
  describeFailure,
  retryReason,
} from '../../../../../src/main/core/imagekit/upload-errors';
import { redact } from '../../../../../src/main/core/imagekit/redact';

const KEY = 'private_Zx81LkQ0abcdEFGH';
const ctx: MessageContext = {
  mode: 'private-key',
  name: 'beach-day-3f9a1c2b.webp',
  hosts: { upload: 'upload.imagekit.io', api: 'api.imagekit.io', 'auth-endpoint': '' },
  attempts: 1,
  secrets: [KEY, Buffer.from(`${KEY}:`).toString('base64')],
};
const signedCtx: MessageContext = {
  ...ctx,
  mode: 'auth-endpoint',
  hosts: { ...ctx.hosts, 'auth-endpoint': 'auth.example.test' },
  secrets: [],
};

function http(status: number, serverMessage = '', source: FailureSource = 'upload'): Failure {
  return { kind: 'http', source, status, serverMessage, hintMs: null };
}

describe('isTransient', () => {
  it('retries network trouble, timeouts, 408, 429 and 5xx', () => {
    for (const f of [
      http(408),
      http(429),
      http(500),
      http(502),
      http(503),
      http(504),
      { kind: 'network', source: 'upload', detail: 'connection reset' } as const,
      { kind: 'timeout', source: 'upload' } as const,
      { kind: 'bad-response', source: 'upload', detail: 'no fileId' } as const,
    ]) {
      expect(isTransient(f), JSON.stringify(f)).toBe(true);
    }
  });

  it('never retries auth or validation errors', () => {
    for (const status of [400, 401, 403, 404, 409, 413, 422]) {
      expect(isTransient(http(status)), String(status)).toBe(false);
    }
    expect(isTransient({ kind: 'bad-response', source: 'auth-endpoint', detail: 'x' })).toBe(false);
    expect(isTransient({ kind: 'not-configured', detail: 'x' })).toBe(false);
  });
});

describe('failureFrom (SDK errors)', () => {
  const now = Date.now();

  it('reads status, the server message and the wait it asked for', () => {
    const err = APIError.generate(
      429,
      { message: 'Too many requests', help: '' },
      undefined,
      new Headers({ 'x-ratelimit-reset': '1200' }),
    );
    expect(failureFrom(err, 'upload', now)).toEqual({
      kind: 'http',
      source: 'upload',
      status: 429,
      serverMessage: 'Too many requests',
      hintMs: 1200,
    });
  });

  it('tells network errors, timeouts and aborts apart', () => {
    const reset = new APIConnectionError({
      cause: new TypeError('fetch failed', {
        cause: Object.assign(new Error('x'), { code: 'ECONNRESET' }),
      }),
    });
    expect(failureFrom(reset, 'upload', now)).toEqual({
      kind: 'network',
      source: 'upload',
      detail: 'connection reset',
    });
    expect(failureFrom(new APIConnectionTimeoutError(), 'api', now)).toEqual({
      kind: 'timeout',
      source: 'api',
    });
    expect(failureFrom(new APIUserAbortError(), 'upload', now)).toEqual({
      kind: 'aborted',
      source: 'upload',
    });
  });
});

describe('describeFailure', () => {
  it('says plainly that the private key was rejected', () => {
    expect(describeFailure(http(401), ctx)).toEqual({
      code: 'auth-rejected',
      message: 'ImageKit rejected the private key (401). Check it in Settings.',
    });
    expect(describeFailure(http(403, 'Your account cannot be authenticated.'), ctx)).toEqual({
      code: 'auth-rejected',
      message: 'ImageKit rejected the private key (403). Check it in Settings.',
    });
  });

  it('tells a full account apart from a bad key', () => {
    const e = describeFailure(http(403, 'Upload limit exceeded for this account'), ctx);
    expect(e.code).toBe('forbidden');
    expect(e.message).toMatch(/storage or upload limit/);
  });

  it('blames the auth endpoint for a bad signature in signed mode', () => {
    const e = describeFailure(http(400, 'Invalid signature.'), signedCtx);
    expect(e.code).toBe('auth-rejected');
    expect(e.message).toContain('auth endpoint');
    expect(e.message).toContain('"Invalid signature."');
  });

  it('quotes the server for validation errors and names the file', () => {
    const e = describeFailure(http(400, 'Invalid folder name'), ctx);
    expect(e).toEqual({
      code: 'invalid-request',
      message:
        'ImageKit refused beach-day-3f9a1c2b.webp: "Invalid folder name" (400). Check the folder and tags in Settings.',
    });
  });

  it('counts the tries when transient trouble outlasted them', () => {
    const e = describeFailure(http(503), { ...ctx, attempts: 6 });
    expect(e).toEqual({
      code: 'server-error',
      message:
        'ImageKit had a server problem (503) (tried 6 times). Press Retry later; nothing was lost.',
    });
    expect(describeFailure(http(429), { ...ctx, attempts: 3 }).code).toBe('rate-limited');
    const net = describeFailure(
      { kind: 'network', source: 'upload', detail: 'connection refused' },
      ctx,
    );
    expect(net.code).toBe('network');
    expect(net.message).toContain('upload.imagekit.io (connection refused)');
  });

  it('explains auth endpoint trouble in its own words', () => {
    expect(describeFailure(http(403, '', 'auth-endpoint'), signedCtx).message).toMatch(
      /^Your auth endpoint refused to sign the upload \(403\)/,
    );
    expect(
      describeFailure(
        { kind: 'bad-response', source: 'auth-endpoint', detail: 'no token' },
        signedCtx,
      ),
    ).toEqual({
      code: 'not-configured',
      message:
        'Your auth endpoint answered, but not with {token, expire, signature} (no token). Check the auth endpoint URL in Settings.',
    });
  });

  it('never shows the private key, even when a server echoes it back', () => {
    const echoed = [
      http(400, `Bad key ${KEY}`),
      http(500, `Authorization: Basic ${Buffer.from(`${KEY}:`).toString('base64')}`),
      http(404, KEY),
      { kind: 'bad-response', source: 'upload', detail: KEY } as const,
    ];
    for (const f of echoed) {
      const e = describeFailure(f, ctx);
      expect(e.message).not.toContain(KEY);
      expect(e.message).not.toContain(Buffer.from(`${KEY}:`).toString('base64'));
      expect(retryReason(f, ctx.secrets)).not.toContain(KEY);
    }
    const d = deadlineError('x.webp', 60_000, `Bad key ${KEY}`, ctx.secrets);
    expect(d.message).not.toContain(KEY);
    expect(d.message).toContain('within 60 s');
  });
});

describe('redact', () => {
  it('hides every occurrence and leaves short strings alone', () => {
    expect(redact('a SECRET b SECRET', ['SECRET'])).toBe('a [hidden] b [hidden]');
    expect(redact('a b c', ['a'])).toBe('a b c');
  });

  // ImageKit keys are base64-like: '/', '+' and '=' change when a server URL-encodes them.
  const SLASHY = 'private_kq7/Lm+Zp0x=';

  it('hides the key URL-encoded, form-encoded and with lower-case escapes', () => {
    const forms = [
      encodeURIComponent(SLASHY),
      encodeURIComponent(SLASHY).toLowerCase(),
      new URLSearchParams({ key: SLASHY }).toString().slice(4),
    ];
    for (const form of forms) {
      const out = redact(`bad key=${form}&x=1`, [SLASHY]);
      expect(out, form).toBe('bad key=[hidden]&x=1');
    }
  });

  it('hides every form the client sends, including the Basic header in both base64 alphabets', () => {
    const wire = secretForms(SLASHY);
    const basic = Buffer.from(`${SLASHY}:`).toString('base64');
    expect(wire).toContain(basic);
    const text = `echo: ${SLASHY} / Basic ${basic} / ${Buffer.from(`${SLASHY}:`).toString('base64url')}`;
    const out = redact(text, wire);
    expect(out).not.toContain(SLASHY);
    expect(out).not.toContain(basic);
    expect(out).not.toContain(basic.slice(0, 12));
  });
});

describe('redaction comes before shortening', () => {
  const KEYED = 'private_kq7/Lm+Zp0x=';
  const keyCtx: MessageContext = { ...ctx, secrets: secretForms(KEYED) };

  // A long server message with the key where the 200-character cut falls inside it: shortened
  // first, only the key's first half would be left, which no longer matches and would show.
  it.each([
    ['raw', KEYED],
    ['URL-encoded', encodeURIComponent(KEYED)],
  ])('hides a %s key that straddles the cut', (_form, echoed) => {
    const body = JSON.stringify({ message: `${'x'.repeat(190)} ${echoed} tail` });
    const f = failureFromResponse(400, body, new Headers(), 'upload', Date.now());
    const message = describeFailure(f, keyCtx).message;
    for (let n = 6; n <= KEYED.length; n += 1) {
      expect(message).not.toContain(KEYED.slice(0, n));
      expect(message).not.toContain(encodeURIComponent(KEYED).slice(0, n));
    }
    expect(message).toContain('[hidden]');
    // Still shortened for people: the quote stays near 200 characters.
    expect(message.length).toBeLessThan(400);
  });
});
