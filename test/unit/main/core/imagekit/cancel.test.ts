import { describe, expect, it } from 'vitest';
import { ImageKitClient } from '../../../../../src/main/core/imagekit';
import type { UploadProgress } from '../../../../../src/main/core/imagekit';
import type { ScriptedServer } from '../../../../support/scripted-server';
import { uploadInput, useScriptedServer } from '../../../../support/imagekit-fixture';

let server: ScriptedServer;
useScriptedServer((started) => (server = started));

const file = uploadInput(
  { sourceName: 'cat.jpg', sourceHash: 'feed0000'.padEnd(64, '2'), folder: '/pets' },
  new Uint8Array(50_000),
  new Uint8Array(900),
);

function make(retry: Record<string, number> = {}): ImageKitClient {
  return new ImageKitClient({
    uploadUrl: `${server.origin}/api/v1/files/upload`,
    apiUrl: server.origin,
    credentials: { mode: 'private-key', privateKey: 'private_cancel_test' },
    // Long waits everywhere: only cancel can end these tests before the suite's timeout.
    retry: {
      attempts: 5,
      baseDelayMs: 60_000,
      maxDelayMs: 60_000,
      attemptTimeoutMs: 60_000,
      ...retry,
    },
    // Full jitter could draw a wait shorter than the time a test takes to cancel.
    random: () => 0.99,
  });
}

const posts = (): number => server.requests.filter((r) => r.method === 'POST').length;

/** Aborts once the server holds `count` uploads, so the abort lands while it stalls. */
function abortWhenHeld(ctl: AbortController, count: number): void {
  const poll = setInterval(() => {
    if (posts() >= count) {
      clearInterval(poll);
      ctl.abort();
    }
  }, 5);
}

describe('cancel and timeouts', () => {
  it('stops a stalled request and reports nothing as uploaded', async () => {
    server.script({ stall: true });
    const ctl = new AbortController();
    const events: UploadProgress[] = [];
    const pending = make().uploadFile(file, {
      signal: ctl.signal,
      onProgress: (p) => events.push(p),
    });
    abortWhenHeld(ctl, 1);
    const result = await pending;
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'cancelled',
        message: 'The upload was stopped. Press Retry to send it again.',
      },
      retryable: true,
      uploaded: {},
    });
    expect(events.some((e) => e.state === 'done')).toBe(false);
    expect(posts()).toBe(1);
  });

  it('keeps the stored main image when cancel lands during the thumbnail', async () => {
    server.script({ pass: true }, { stall: true });
    const ctl = new AbortController();
    abortWhenHeld(ctl, 2);
    const result = await make().uploadFile(file, { signal: ctl.signal });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('cancelled');
    expect(Object.keys(result.uploaded)).toEqual(['main']);
  });

  it('wakes from a backoff wait on cancel and sends nothing more', async () => {
    server.script({ status: 503 });
    const ctl = new AbortController();
    const result = await make().uploadFile(file, {
      signal: ctl.signal,
      onProgress: (p) => {
        if (p.state === 'retrying') setTimeout(() => ctl.abort(), 10);
      },
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(posts()).toBe(1);
  });

  it('does not start when already cancelled', async () => {
    const result = await make().uploadFile(file, { signal: AbortSignal.abort() });
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(posts()).toBe(0);
  });

  it('gives a stalled attempt up after the attempt timeout and tries again', async () => {
    server.script({ stall: true });
    const events: UploadProgress[] = [];
    const result = await make({ attemptTimeoutMs: 300, baseDelayMs: 1, maxDelayMs: 1 }).uploadFile(
      file,
      {
        onProgress: (p) => events.push(p),
      },
    );
    expect(result.ok).toBe(true);
    expect(events.find((e) => e.state === 'retrying')).toMatchObject({
      variant: 'main',
      attempt: 2,
      reason: 'ImageKit did not answer in time.',
    });
  });

  it('ends a stalled attempt when the file deadline passes', async () => {
    server.script({ stall: true });
    const result = await make({ deadlineMs: 300 }).uploadFile(file);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'deadline',
        message:
          'cat-feed0000.webp was not uploaded within 1 s. Press Retry to continue; parts already stored are kept.',
      },
      retryable: true,
      uploaded: {},
    });
  });

  it('reports a timeout once every try stalled', async () => {
    server.script({ stall: true }, { stall: true });
    const result = await make({
      attempts: 2,
      attemptTimeoutMs: 200,
      baseDelayMs: 1,
      maxDelayMs: 1,
    }).uploadFile(file);
    expect(result).toMatchObject({ ok: false, retryable: true, error: { code: 'timeout' } });
    if (result.ok) return;
    expect(result.error.message).toBe(
      'ImageKit did not answer in time (tried 2 times). Check the internet connection, then press Retry.',
    );
  });
});
