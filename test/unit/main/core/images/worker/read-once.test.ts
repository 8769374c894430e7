import { execFileSync } from 'node:child_process';
import { mkdir, open, rename, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newReadCounter,
  readOnce,
  type HeaderCheck,
} from '../../../../../../src/main/core/images/worker/read-once';
import { isCheckedFile } from '../../../../../../src/main/core/images/worker/opened-check';
import { collectInputs } from '../../../../../../src/main/core/paths/collect';
import { put, randomBytes, tempDir } from '../../../../../support/images';

const HEADER = 64;
const acceptAll: HeaderCheck<string> = (header) => ({ ok: true, value: `saw ${header.length}` });
const rejectAll: HeaderCheck<string> = () => ({
  ok: false,
  error: { code: 'not-an-image', message: 'No.' },
});

describe('readOnce', () => {
  let dir: string;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir());
  });
  afterAll(() => cleanup());

  it('opens once and reads every byte into the buffer the header was read into', async () => {
    const content = randomBytes(100_000);
    const path = await put(dir, 'whole.bin', content);
    const counter = newReadCounter();
    const out = await readOnce(
      path,
      { maxBytes: 1e6, headerBytes: HEADER, check: acceptAll },
      counter,
    );
    if (!out.ok) throw new Error(out.error.message);
    expect(out.value).toBe(`saw ${HEADER}`);
    expect(Buffer.from(out.bytes).equals(content)).toBe(true);
    expect(counter).toEqual({ opens: 1, bytesRead: content.length });
  });

  it('reads only the header of a rejected file', async () => {
    const path = await put(dir, 'rejected.bin', randomBytes(50_000));
    const counter = newReadCounter();
    const out = await readOnce(
      path,
      { maxBytes: 1e6, headerBytes: HEADER, check: rejectAll },
      counter,
    );
    expect(out).toEqual({ ok: false, error: { code: 'not-an-image', message: 'No.' } });
    expect(counter).toEqual({ opens: 1, bytesRead: HEADER });
  });

  it('refuses empty and oversized files from the open handle without reading', async () => {
    const empty = await put(dir, 'empty.bin', '');
    const big = await put(dir, 'big.bin', randomBytes(5000));
    for (const [path, code] of [
      [empty, 'empty-file'],
      [big, 'too-large'],
    ] as const) {
      const counter = newReadCounter();
      const out = await readOnce(
        path,
        { maxBytes: 4000, headerBytes: HEADER, check: acceptAll },
        counter,
      );
      expect(out.ok ? 'ok' : out.error.code).toBe(code);
      expect(counter).toEqual({ opens: 1, bytesRead: 0 });
    }
  });

  it('turns a vanished file, a symlink, a folder and a pipe into sentences without hanging', async () => {
    const gone = await put(dir, 'gone.jpg', 'x');
    await unlink(gone);
    const link = join(dir, 'link.jpg');
    await symlink('/etc/hostname', link);
    const folder = join(dir, 'folder.jpg');
    await mkdir(folder);
    const fifo = join(dir, 'fifo.jpg');
    execFileSync('mkfifo', [fifo]);
    const codes = [];
    for (const path of [gone, link, folder, fifo]) {
      const counter = newReadCounter();
      const out = await readOnce(
        path,
        { maxBytes: 1e6, headerBytes: HEADER, check: acceptAll },
        counter,
      );
      if (out.ok) throw new Error(`${path} should fail`);
      expect(out.error.message).toMatch(/^[A-Z].*\.$/);
      expect(counter.bytesRead).toBe(0);
      codes.push(out.error.code);
    }
    expect(codes).toEqual(['vanished', 'is-symlink', 'is-directory', 'not-regular-file']);
  });

  // The attack: a file is checked when added, then a folder above it is swapped for a symlink
  // to somewhere else before the worker opens it. O_NOFOLLOW guards only the last component.
  let swaps = 0;
  async function swappedParent(): Promise<{ checked: string; secret: Buffer }> {
    swaps += 1;
    const album = join(dir, `swap-album-${swaps}`);
    await mkdir(album);
    await put(album, 'photo.jpg', randomBytes(2000, 7));
    const [input] = (await collectInputs([join(album, 'photo.jpg')], { maxBytes: 1e6 })).inputs;
    if (!input?.ok) throw new Error('the original file should pass the check');
    const elsewhere = join(dir, `swap-elsewhere-${swaps}`);
    await mkdir(elsewhere);
    const secret = randomBytes(3000, 9);
    await put(elsewhere, 'photo.jpg', secret);
    await rename(album, join(dir, `swap-album-moved-${swaps}`));
    await symlink(elsewhere, album);
    return { checked: input.file.path, secret };
  }

  it('refuses a file whose parent folder was swapped for a symlink after the check', async () => {
    const { checked } = await swappedParent();
    const counter = newReadCounter();
    const out = await readOnce(
      checked,
      { maxBytes: 1e6, headerBytes: HEADER, check: acceptAll },
      counter,
    );
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.error.code).toBe('vanished');
      expect(out.error.message).toMatch(/a folder above it, was moved or replaced/);
    }
    expect(counter.bytesRead).toBe(0);
  });

  it('catches the swap without /proc too, from the path and the inode (macOS, Windows)', async () => {
    const { checked } = await swappedParent();
    const handle = await open(checked, 'r');
    try {
      const stats = await handle.stat();
      expect(await isCheckedFile(handle, stats, checked, 'darwin')).toBe(false);
      expect(await isCheckedFile(handle, stats, checked, 'linux')).toBe(false);
    } finally {
      await handle.close();
    }
    // The untouched file passes on every platform's rules.
    const plain = await put(dir, 'plain.jpg', randomBytes(100, 3));
    const ok = await open(plain, 'r');
    try {
      for (const platform of ['linux', 'darwin', 'win32'] as const) {
        expect(await isCheckedFile(ok, await ok.stat(), plain, platform), platform).toBe(true);
      }
    } finally {
      await ok.close();
    }
  });
});
