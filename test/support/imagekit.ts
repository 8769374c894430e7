/**
 * Shared setup for the imagekit-*.test.ts files: real variants made by sharp, the emulator on
 * 127.0.0.1 in a temp folder, clients pointed at it, and a small worker pool like the app's.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { FaultOptions, RunningEmulator } from '../../src/emulator';
import { ImageKitClient } from '../../src/main/core/imagekit';
import type { Credentials, FileUploadInput, RetryPolicy } from '../../src/main/core/imagekit';
import { startTempEmulator } from './emulator';

export const KEYS = { privateKey: 'private_test', publicKey: 'public_test' } as const;

export interface TestEmulator {
  readonly emu: RunningEmulator;
  close(): Promise<void>;
}

/** The emulator with the test keys and its own data folder, removed on close. */
export function startTestEmulator(faults: FaultOptions = {}): Promise<TestEmulator> {
  return startTempEmulator({ ...KEYS, faults });
}

/** Fast retries so faulty runs finish in seconds; tests override what they exercise. */
export const FAST_RETRY: Partial<RetryPolicy> = {
  attempts: 10,
  baseDelayMs: 5,
  maxDelayMs: 40,
  deadlineMs: 30_000,
  attemptTimeoutMs: 2_000,
};

export type Mode = Credentials['mode'];

/** A client for the emulator in either auth mode. */
export function clientFor(
  emu: RunningEmulator,
  mode: Mode,
  overrides: { privateKey?: string; publicKey?: string; retry?: Partial<RetryPolicy> } = {},
): ImageKitClient {
  const credentials: Credentials =
    mode === 'private-key'
      ? { mode, privateKey: overrides.privateKey ?? KEYS.privateKey }
      : { mode, authEndpoint: emu.authEndpoint, publicKey: overrides.publicKey ?? KEYS.publicKey };
  return new ImageKitClient({
    uploadUrl: emu.uploadUrl,
    apiUrl: emu.apiUrl,
    credentials,
    retry: { ...FAST_RETRY, ...overrides.retry },
  });
}

const COLOURS = ['#d9483b', '#3b7dd9', '#3bd97a', '#d9c93b'];

/**
 * `count` files with real WebP mains and PNG thumbnails. A few distinct pictures are shared
 * (encoding hundreds would only slow the suite); names and hashes are unique per file.
 */
export async function makeFiles(count: number, folder = '/batch'): Promise<FileUploadInput[]> {
  const pictures = await Promise.all(
    COLOURS.map(async (background, i) => {
      const base = sharp({ create: { width: 320 + i * 8, height: 240, channels: 3, background } });
      const main = await base.clone().webp({ quality: 80 }).toBuffer();
      const thumb = await base.clone().resize(50).png().toBuffer();
      return { main: new Uint8Array(main), thumb: new Uint8Array(thumb) };
    }),
  );
  return Array.from({ length: count }, (_, i) => {
    const picture = pictures[i % pictures.length]!;
    return {
      sourceName: `Photo ${String(i + 1).padStart(3, '0')}.JPG`,
      sourceHash: createHash('sha256').update(`source-${i}`).digest('hex'),
      folder,
      tags: ['batch', 'test'],
      variants: {
        main: { variant: 'main', data: picture.main, format: 'webp' },
        thumb: { variant: 'thumb', data: picture.thumb, format: 'png' },
      },
    };
  });
}

/** Runs `fn` over `items` with at most `concurrency` at once, like the app's upload queue. */
export async function runPool<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

/** Polls until `check` holds; the test's own timeout ends a wait that never comes true. */
export async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
}
