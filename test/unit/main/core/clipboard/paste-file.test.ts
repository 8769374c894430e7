import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pasteFileName, writePastedImage } from '../../../../../src/main/core/clipboard/paste-file';

let dir: string | null = null;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

describe('pasted image data', () => {
  it('is named after the local time it was pasted', () => {
    const at = new Date(2026, 10, 5, 9, 7, 3);
    expect(pasteFileName(at)).toBe('paste-20261105-090703.png');
    expect(pasteFileName(at, 1)).toBe('paste-20261105-090703-2.png');
  });

  it('is written once into pastes/, and a second paste in the same second gets its own file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'uploader-paste-'));
    const at = new Date(2026, 0, 2, 3, 4, 5);
    const first = await writePastedImage(dir, new Uint8Array([1, 2, 3]), at);
    const second = await writePastedImage(dir, new Uint8Array([4, 5]), at);
    expect(dirname(first)).toBe(join(dir, 'pastes'));
    expect(basename(first)).toBe('paste-20260102-030405.png');
    expect(basename(second)).toBe('paste-20260102-030405-2.png');
    expect([...(await readFile(first))]).toEqual([1, 2, 3]);
    expect([...(await readFile(second))]).toEqual([4, 5]);
    expect(await readdir(join(dir, 'pastes'))).toHaveLength(2);
    if (process.platform !== 'win32') expect((await stat(first)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')(
    'keeps pastes/ for its owner only (skipped on Windows, which has no mode bits)',
    async () => {
      dir = await mkdtemp(join(tmpdir(), 'uploader-paste-'));
      const path = await writePastedImage(dir, new Uint8Array([1]));
      expect((await stat(join(dir, 'pastes'))).mode & 0o777).toBe(0o700);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
    },
  );
});
