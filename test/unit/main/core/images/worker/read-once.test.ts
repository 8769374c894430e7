import { execFileSync } from 'node:child_process';
import { mkdir, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  newReadCounter,
  readOnce,
  type HeaderCheck,
} from '../../../../../../src/main/core/images/worker/read-once';
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
});
