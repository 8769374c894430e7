/**
 * The SDK client and the fetch it runs on. The SDK builds the multipart body as FormData,
 * which fetch would send without telling anyone how far it got; the wrapper here turns that
 * body into a counted stream so progress shows real bytes handed to the connection.
 */
import { ImageKit } from '@imagekit/nodejs';

/** Small enough for several progress steps on a 200 KB image, big enough to stay cheap. */
const CHUNK_BYTES = 32 * 1024;

/** Called with body bytes handed to the socket so far and the body's full size. */
export type SentListener = (sent: number, total: number) => void;

/** Wraps fetch so multipart bodies are sent as a counted stream with a Content-Length. */
export function countingFetch(base: typeof fetch, onSent: SentListener): typeof fetch {
  return async (input, init) => {
    if (!(init?.body instanceof FormData)) return base(input, init);
    // Serialising via Response gives the exact bytes and boundary fetch itself would send.
    const encoded = new Response(init.body);
    const contentType = encoded.headers.get('content-type') ?? 'multipart/form-data';
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    let offset = 0;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (offset >= bytes.length) {
            controller.close();
            return;
          }
          const chunk = bytes.subarray(offset, offset + CHUNK_BYTES);
          offset += chunk.length;
          controller.enqueue(chunk);
          onSent(offset, bytes.length);
        },
      },
      // No read-ahead: a chunk is pulled only when the connection is ready for it.
      { highWaterMark: 0 },
    );
    const headers = new Headers(init.headers);
    headers.set('content-type', contentType);
    // A known length avoids chunked encoding, which not every upload server accepts.
    headers.set('content-length', String(bytes.length));
    return base(input, { ...init, headers, body, duplex: 'half' } as RequestInit);
  };
}

/** `Authorization` for the private key as ImageKit documents it: Basic, key as user, empty password. */
export function basicAuth(privateKey: string): string {
  return `Basic ${Buffer.from(`${privateKey}:`, 'utf8').toString('base64')}`;
}

export interface SdkOptions {
  /** The private key, or null for signed uploads (no Authorization header at all). */
  readonly privateKey: string | null;
  readonly apiUrl: string;
  readonly timeoutMs: number;
  readonly fetch: typeof fetch;
}

/**
 * An SDK client with its own retries off (maxRetries 0): our loop retries instead, because it
 * needs a fresh token per attempt, honours X-RateLimit-Reset, and keeps one deadline per file.
 * Logging is off so no request detail (headers included) ever reaches a console.
 */
export function sdkClient(opts: SdkOptions): ImageKit {
  return new ImageKit({
    // The SDK demands a key; signed uploads send none, so the header is removed per request.
    privateKey: opts.privateKey ?? '',
    // The SDK's own Basic header uses a placeholder password; ours (basicAuth) replaces it.
    password: 'unused',
    baseURL: opts.apiUrl,
    maxRetries: 0,
    timeout: opts.timeoutMs,
    fetch: opts.fetch,
    logLevel: 'off',
  });
}

/** Per-request headers that carry (or explicitly drop) authentication. */
export function authHeaders(privateKey: string | null): Record<string, string | null> {
  return { Authorization: privateKey === null ? null : basicAuth(privateKey) };
}
