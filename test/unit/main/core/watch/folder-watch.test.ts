import { afterEach, describe, expect, it } from 'vitest';
import { appendFile, mkdir, mkdtemp, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FolderWatch } from '../../../../../src/main/core/watch/folder-watch';

const SETTLE_MS = 1_000;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'folder-watch-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Watches `dir`, recording what it reports. */
async function watching(dir: string, newSince: number | null = null) {
  const files: string[] = [];
  const existing: string[][] = [];
  const watch = await FolderWatch.start({
    dir,
    settleMs: SETTLE_MS,
    newSince,
    onExisting: (paths) => existing.push([...paths]),
    onFile: (path) => files.push(path),
    onError: (err) => {
      throw err;
    },
  });
  cleanups.push(() => watch.close());
  return { files, existing, watch };
}

/** Waits until `check` holds, or fails after `ms`. */
async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await sleep(50);
  }
}

describe('FolderWatch', () => {
  it('lists the images already there once, and reports none of them as new', async () => {
    const dir = await folder();
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'a.jpg'), 'a');
    await writeFile(join(dir, 'sub', 'b.png'), 'b');
    await writeFile(join(dir, 'notes.txt'), 'not an image');
    const w = await watching(dir);
    expect(w.existing).toHaveLength(1);
    expect(w.existing[0]?.sort()).toEqual([join(dir, 'a.jpg'), join(dir, 'sub', 'b.png')]);
    await sleep(SETTLE_MS * 2);
    expect(w.files).toEqual([]);
  });

  it('reports a file written slowly once, only after it stopped changing', async () => {
    const dir = await folder();
    const w = await watching(dir);
    const path = join(dir, 'export.jpg');
    await writeFile(path, 'x');
    for (let i = 0; i < 8; i += 1) {
      await sleep(SETTLE_MS / 4);
      await appendFile(path, 'more bytes ');
      expect(w.files).toEqual([]);
    }
    await until(() => w.files.length > 0);
    await sleep(SETTLE_MS * 2);
    expect(w.files).toEqual([path]);
  });

  it('ignores files that are not images, renames and removals', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'old.jpg'), 'old');
    const w = await watching(dir);
    await writeFile(join(dir, 'readme.txt'), 'text');
    await rename(join(dir, 'old.jpg'), join(dir, 'renamed.jpg'));
    await writeFile(join(dir, 'new.webp'), 'new');
    await until(() => w.files.length > 0);
    await rename(join(dir, 'new.webp'), join(dir, 'new-name.webp'));
    await rm(join(dir, 'renamed.jpg'));
    await sleep(SETTLE_MS * 3);
    expect(w.files).toEqual([join(dir, 'new.webp')]);
  });

  it('reports a file again when it is rewritten with new content', async () => {
    const dir = await folder();
    const w = await watching(dir);
    const path = join(dir, 'a.jpg');
    await writeFile(path, 'first');
    await until(() => w.files.length === 1);
    await writeFile(path, 'second version');
    await until(() => w.files.length === 2);
    expect(w.files).toEqual([path, path]);
  });

  it('says up to when it handled the folder: now, or before a file still settling', async () => {
    const dir = await folder();
    const w = await watching(dir);
    expect(w.watch.seenUntil(1_000_000)).toBe(1_000_000);
    await writeFile(join(dir, 'arriving.jpg'), 'still being written');
    const { mtimeMs } = await stat(join(dir, 'arriving.jpg'));
    await until(() => w.watch.seenUntil(Date.now() + 60_000) < Date.now() + 60_000);
    expect(w.watch.seenUntil(Date.now() + 60_000)).toBe(mtimeMs - 1);
    await until(() => w.files.length > 0);
    const later = Date.now() + 60_000;
    expect(w.watch.seenUntil(later)).toBe(later);
  });

  it('counts files changed since the last watch as new, and the rest as already there', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'before.jpg'), 'before');
    const past = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'before.jpg'), past, past);
    await writeFile(join(dir, 'while-away.jpg'), 'arrived while nobody watched');
    const w = await watching(dir, Date.now() - 30_000);
    expect(w.existing).toEqual([[join(dir, 'before.jpg')]]);
    await until(() => w.files.length > 0);
    expect(w.files).toEqual([join(dir, 'while-away.jpg')]);
  });
});
