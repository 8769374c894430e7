import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImageKitClient } from '../../../../../src/main/core/imagekit';
import type {
  ClientConfig,
  Credentials,
  FileUploadInput,
  UploadProgress,
} from '../../../../../src/main/core/imagekit';
import type { ScriptedServer } from '../../../../support/scripted-server';
import { startScriptedServer } from '../../../../support/scripted-server';

const KEY = 'private_unitTestKey_42';
const HASH = '3f9a1c2b'.padEnd(64, '0');

let server: ScriptedServer;
let sleeps: number[];

beforeEach(async () => {
  server = await startScriptedServer();
  sleeps = [];
});
afterEach(async () => {
  await server.close();
});

function client(extra: Partial<ClientConfig> = {}, credentials?: Credentials): ImageKitClient {
  return new ImageKitClient({
    uploadUrl: `${server.origin}/api/v1/files/upload`,
    apiUrl: server.origin,
    credentials: credentials ?? { mode: 'private-key', privateKey: KEY },
    retry: {
      attempts: 4,
      baseDelayMs: 10,
      maxDelayMs: 50,
      deadlineMs: 20_000,
      attemptTimeoutMs: 5_000,
    },
    random: () => 0.5,
    // Records the wait instead of sleeping, so tests see exactly what the client chose.
    sleep: async (ms) => void sleeps.push(ms),
    ...extra,
  });
}

function input(extra: Partial<FileUploadInput> = {}): FileUploadInput {
  return {
    sourceName: 'Beach Day.JPG',
    sourceHash: HASH,
    folder: '/summer',
    tags: ['beach', 'sun'],
    variants: {
      main: { variant: 'main', data: new Uint8Array(150_000).fill(7), format: 'webp' },
      thumb: { variant: 'thumb', data: new Uint8Array(4_000).fill(9), format: 'png' },
    },
    ...extra,
  };
}

const uploads = (): ScriptedServer['requests'] =>
  server.requests.filter((r) => r.method === 'POST');
const field = (r: ScriptedServer['requests'][number], name: string): string | undefined =>
  r.fields.find(([n]) => n === name)?.[1];

describe('uploadFile with a private key', () => {
  it('sends both variants under idempotent names, Basic auth with an empty password', async () => {
    const events: UploadProgress[] = [];
    const result = await client().uploadFile(input(), { onProgress: (p) => events.push(p) });

    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.uploaded.main).toMatchObject({
      name: 'beach-day-3f9a1c2b.webp',
      filePath: '/summer/beach-day-3f9a1c2b.webp',
      bytes: 150_000,
    });
    expect(result.uploaded.thumb.name).toBe('beach-day-3f9a1c2b.thumb.png');

    const [main, thumb] = uploads();
    expect(main?.path).toBe('/api/v1/files/upload');
    expect(main?.headers.authorization).toBe(`Basic ${Buffer.from(`${KEY}:`).toString('base64')}`);
    expect(main?.fileBytes).toBe(150_000);
    expect(thumb?.fileBytes).toBe(4_000);
    expect(field(main!, 'useUniqueFileName')).toBe('false');
    expect(field(main!, 'overwriteFile')).toBe('true');
    expect(field(main!, 'folder')).toBe('/summer');
    expect(field(main!, 'tags')).toBe('beach,sun');
    expect(main?.fields.at(-1)?.[0]).toBe('file');

    const mainSent = events.flatMap((e) =>
      e.variant === 'main' && e.state === 'sending' ? [e.sent] : [],
    );
    expect(mainSent[0]).toBe(0);
    expect(mainSent.at(-1)).toBe(150_000);
    expect(mainSent.length).toBeGreaterThan(3);
    expect([...mainSent].sort((a, b) => a - b)).toEqual(mainSent);
    expect(events.filter((e) => e.state === 'done').map((e) => e.variant)).toEqual([
      'main',
      'thumb',
    ]);
  });

  it('posts to whatever path the upload URL names', async () => {
    const result = await client({ uploadUrl: `${server.origin}/custom/ik-upload` }).uploadFile(
      input(),
    );
    expect(result.ok).toBe(true);
    expect(uploads().map((r) => r.path)).toEqual(['/custom/ik-upload', '/custom/ik-upload']);
  });

  it('fails fast on a rejected key: one request, no retries, a plain sentence', async () => {
    server.script({
      status: 401,
      body: { message: 'Your account cannot be authenticated.', help: '' },
    });
    const result = await client().uploadFile(input());
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'auth-rejected',
        message: 'ImageKit rejected the private key (401). Check it in Settings.',
      },
      retryable: false,
      uploaded: {},
    });
    expect(uploads()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries 5xx and resets, then succeeds with one stored copy', async () => {
    server.script({ status: 503, body: { message: 'busy' } }, { reset: true });
    const events: UploadProgress[] = [];
    const result = await client().uploadFile(input(), { onProgress: (p) => events.push(p) });
    expect(result.ok).toBe(true);
    const retrying = events.filter((e) => e.state === 'retrying');
    expect(retrying.map((e) => e.attempt)).toEqual([2, 3]);
    expect(retrying.map((e) => e.state === 'retrying' && e.reason)).toEqual([
      'ImageKit had a problem (503).',
      'Connection problem (connection closed by the server).',
    ]);
    const mainNames = uploads().map((r) => field(r, 'fileName'));
    expect(mainNames).toEqual([
      'beach-day-3f9a1c2b.webp',
      'beach-day-3f9a1c2b.webp',
      'beach-day-3f9a1c2b.webp',
      'beach-day-3f9a1c2b.thumb.png',
    ]);
  });

  it('waits at least as long as Retry-After or X-RateLimit-Reset ask', async () => {
    server.script(
      { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '2' } },
      { status: 429, body: { message: 'slow down' }, headers: { 'x-ratelimit-reset': '1500' } },
    );
    const result = await client().uploadFile(input());
    expect(result.ok).toBe(true);
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeGreaterThanOrEqual(2_000);
    expect(sleeps[1]).toBeGreaterThanOrEqual(1_500);
  });

  it('gives up after the last try and says so, keeping the retryable flag', async () => {
    server.script(...Array.from({ length: 4 }, () => ({ status: 502 })));
    const result = await client().uploadFile(input());
    expect(result).toMatchObject({ ok: false, retryable: true, uploaded: {} });
    if (result.ok) return;
    expect(result.error).toEqual({
      code: 'server-error',
      message:
        'ImageKit had a server problem (502) (tried 4 times). Press Retry later; nothing was lost.',
    });
    expect(uploads()).toHaveLength(4);
  });

  it('stops at the deadline instead of sleeping past it', async () => {
    server.script({ status: 429, headers: { 'retry-after': '3600' } });
    const result = await client().uploadFile(input());
    expect(result).toMatchObject({ ok: false, retryable: true, error: { code: 'deadline' } });
    expect(uploads()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('retries only the thumbnail once the main image is stored', async () => {
    const c = client({ retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } });
    server.script({ pass: true }, { status: 500 }, { status: 503 });
    const first = await c.uploadFile(input());
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.retryable).toBe(true);
    expect(first.uploaded.main?.name).toBe('beach-day-3f9a1c2b.webp');
    expect(first.uploaded.thumb).toBeUndefined();
    expect(uploads().map((r) => field(r, 'fileName'))).toEqual([
      'beach-day-3f9a1c2b.webp',
      'beach-day-3f9a1c2b.thumb.png',
      'beach-day-3f9a1c2b.thumb.png',
    ]);

    server.requests.length = 0;
    const events: UploadProgress[] = [];
    const second = await c.uploadFile(input({ alreadyUploaded: first.uploaded }), {
      onProgress: (p) => events.push(p),
    });
    expect(second.ok).toBe(true);
    expect(uploads().map((r) => field(r, 'fileName'))).toEqual(['beach-day-3f9a1c2b.thumb.png']);
    expect(events[0]).toMatchObject({ variant: 'main', state: 'done' });
  });

  it('retries an answer that is not an upload result, since the same name is overwritten', async () => {
    server.script({ status: 200, body: { ok: 1 } });
    const result = await client().uploadFile(input());
    expect(result.ok).toBe(true);
    expect(uploads()).toHaveLength(3);
  });

  it('never puts the private key in a message, even when the server echoes it', async () => {
    const echo = { message: `Key ${KEY} rejected` };
    const messages: string[] = [];
    for (const status of [400, 403, 404, 409, 500]) {
      server.script(...Array.from({ length: 4 }, () => ({ status, body: echo })));
      const events: UploadProgress[] = [];
      const r = await client().uploadFile(input(), { onProgress: (p) => events.push(p) });
      if (!r.ok) messages.push(r.error.message);
      for (const e of events) if (e.state === 'retrying') messages.push(e.reason);
      server.requests.length = 0;
    }
    expect(messages.length).toBeGreaterThanOrEqual(5);
    for (const m of messages) expect(m).not.toContain(KEY);
  });
});

describe('both variants at once', () => {
  let released = 0;
  const grant = async () => () => void (released += 1);
  const refuse = async () => null;

  /** fetch that counts the requests in flight at the same moment. */
  function counting(): { fetch: typeof fetch; peak: () => number } {
    let open = 0;
    let peak = 0;
    return {
      fetch: async (url, init) => {
        open += 1;
        peak = Math.max(peak, open);
        try {
          return await fetch(url, init);
        } finally {
          open -= 1;
        }
      },
      peak: () => peak,
    };
  }

  it('sends main and thumbnail together when two requests are allowed, one by one otherwise', async () => {
    const together = counting();
    const both = await client({ fetch: together.fetch }).uploadFile(input(), { secondSlot: grant });
    expect(both.ok).toBe(true);
    expect(together.peak()).toBe(2);
    // The second request's slot is given back once it has ended.
    expect(released).toBe(1);
    const oneByOne = counting();
    const single = await client({ fetch: oneByOne.fetch }).uploadFile(input(), {
      secondSlot: refuse,
    });
    expect(single.ok).toBe(true);
    expect(oneByOne.peak()).toBe(1);
    // Each variant went once per call: four uploads in all, two of each name.
    expect(
      uploads()
        .map((r) => field(r, 'fileName'))
        .sort(),
    ).toEqual([
      'beach-day-3f9a1c2b.thumb.png',
      'beach-day-3f9a1c2b.thumb.png',
      'beach-day-3f9a1c2b.webp',
      'beach-day-3f9a1c2b.webp',
    ]);
  });

  it('reports the variant that was stored when the other is refused, and a retry sends only the other', async () => {
    // Whichever request arrives first is refused for good; the other is stored.
    server.script({ status: 400, body: { message: 'Bad request' } });
    const c = client();
    const first = await c.uploadFile(input(), { secondSlot: grant });
    expect(first.ok).toBe(false);
    if (first.ok) return;
    expect(first.retryable).toBe(false);
    const stored = Object.keys(first.uploaded);
    expect(stored).toHaveLength(1);
    expect(uploads()).toHaveLength(2);
    server.requests.length = 0;
    const second = await c.uploadFile(input({ alreadyUploaded: first.uploaded }), {
      secondSlot: grant,
    });
    expect(second.ok).toBe(true);
    expect(uploads()).toHaveLength(1);
    const missing =
      stored[0] === 'main' ? 'beach-day-3f9a1c2b.thumb.png' : 'beach-day-3f9a1c2b.webp';
    expect(field(uploads()[0]!, 'fileName')).toBe(missing);
  });
});
