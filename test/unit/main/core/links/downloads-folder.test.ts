import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanDownloads,
  DOWNLOADS_FOLDER,
} from '../../../../../src/main/core/links/downloads-folder';
import { tempDir } from '../../../../support/images';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('cleanDownloads', () => {
  it('keeps the downloads a row points to and deletes the rest, .part leftovers included', async () => {
    const t = await tempDir('uploader-downloads-');
    cleanups.push(t.cleanup);
    const folder = join(t.dir, DOWNLOADS_FOLDER);
    await mkdir(folder);
    for (const name of ['kept.jpg', 'spent.png', 'stopped.part']) {
      await writeFile(join(folder, name), 'x');
    }
    const asked: string[] = [];
    const removed = cleanDownloads(t.dir, (f) => {
      asked.push(f);
      return new Set([join(f, 'kept.jpg')]);
    });
    expect(asked).toEqual([folder]);
    expect(removed).toBe(2);
    expect(await readdir(folder)).toEqual(['kept.jpg']);
  });

  it('does nothing when nothing was ever downloaded', async () => {
    const t = await tempDir('uploader-downloads-');
    cleanups.push(t.cleanup);
    expect(cleanDownloads(t.dir, () => new Set())).toBe(0);
  });
});
