import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WatchFolder } from '../../../../../src/shared/watch';
import {
  WatchController,
  watchedSinceKey,
} from '../../../../../src/main/core/watch/watch-controller';

const SETTLE_MS = 400;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(50);
  }
}

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'watch-controller-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** A controller over a host that records what it is handed; meta survives between controllers. */
function rig(meta = new Map<string, string>()) {
  const added: Array<{ paths: readonly string[]; folder: string; tags: readonly string[] }> = [];
  const controller = new WatchController(
    {
      add: async (paths, entry) => {
        added.push({ paths, folder: entry.folder, tags: entry.tags });
        return paths.length;
      },
      getMeta: (key) => meta.get(key) ?? null,
      setMeta: (key, value) => void meta.set(key, value),
      now: () => Date.now(),
      log: () => {},
      changed: () => {},
    },
    SETTLE_MS,
  );
  cleanups.push(() => controller.close());
  return { controller, added, meta };
}

const entry = (path: string, over: Partial<WatchFolder> = {}): WatchFolder => ({
  path,
  folder: '/exports',
  tags: ['shoot'],
  enabled: true,
  ...over,
});

describe('WatchController', () => {
  it('adds new files with their folder and tags, and offers the ones already there once', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'a.jpg'), 'a');
    await writeFile(join(dir, 'b.jpg'), 'b');
    const r = rig();
    await r.controller.apply([entry(dir)]);
    expect(r.controller.status()).toEqual([{ path: dir, state: 'watching', waiting: 2, added: 0 }]);
    await writeFile(join(dir, 'new.jpg'), 'new');
    await until(() => r.added.length === 1);
    expect(r.added[0]).toEqual({
      paths: [join(dir, 'new.jpg')],
      folder: '/exports',
      tags: ['shoot'],
    });
    expect(await r.controller.answer(dir, true)).toBe(2);
    expect(r.added[1]?.paths.slice().sort()).toEqual([join(dir, 'a.jpg'), join(dir, 'b.jpg')]);
    expect(r.controller.status()).toEqual([{ path: dir, state: 'watching', waiting: 0, added: 3 }]);
    // Answered once: a second answer does nothing.
    expect(await r.controller.answer(dir, true)).toBe(0);
  });

  it('"leave them" adds nothing, and a restart neither offers them again nor misses what came meanwhile', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'old.jpg'), 'old');
    const past = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'old.jpg'), past, past);
    const first = rig();
    await first.controller.apply([entry(dir)]);
    expect(await first.controller.answer(dir, false)).toBe(0);
    expect(first.meta.get(watchedSinceKey(dir))).toEqual(expect.any(String));
    await first.controller.close();
    await writeFile(join(dir, 'meanwhile.jpg'), 'arrived while the app was closed');
    const second = rig(first.meta);
    await second.controller.apply([entry(dir)]);
    expect(second.controller.status()).toEqual([
      { path: dir, state: 'watching', waiting: 0, added: 0 },
    ]);
    await until(() => second.added.length === 1);
    expect(second.added[0]?.paths).toEqual([join(dir, 'meanwhile.jpg')]);
    expect(first.added).toEqual([]);
  });

  it('a file the last session took is old to the next, though it was written after that one began', async () => {
    const dir = await folder();
    const first = rig();
    await first.controller.apply([entry(dir)]);
    await writeFile(join(dir, 'taken.jpg'), 'written while watched');
    await until(() => first.added.length === 1);
    // File times may lag the clock by up to 2 s, so a file taken within that of the end counts
    // as new again (the history skips it); one taken earlier does not.
    await sleep(2_500);
    await first.controller.close();
    expect(Number(first.meta.get(watchedSinceKey(dir)))).toBeGreaterThan(Date.now() - 5_000);
    const second = rig(first.meta);
    await second.controller.apply([entry(dir)]);
    await sleep(SETTLE_MS * 3);
    expect(second.added).toEqual([]);
    expect(second.controller.status()).toEqual([
      { path: dir, state: 'watching', waiting: 0, added: 0 },
    ]);
  });

  it('a folder switched off stops watching; one that cannot be watched says why', async () => {
    const dir = await folder();
    const r = rig();
    const missing = join(dir, 'not-here');
    await r.controller.apply([entry(dir), entry(missing)]);
    const [ok, bad] = r.controller.status();
    expect(ok).toMatchObject({ state: 'watching' });
    expect(bad).toMatchObject({ state: 'failed' });
    expect(bad?.state === 'failed' && bad.message).toMatch(
      /cannot be watched .* Settings → Watch folders/,
    );
    await r.controller.apply([entry(dir, { enabled: false })]);
    expect(r.controller.status()).toEqual([{ path: dir, state: 'off' }]);
    await writeFile(join(dir, 'ignored.jpg'), 'x');
    await sleep(SETTLE_MS * 3);
    expect(r.added).toEqual([]);
  });
});
