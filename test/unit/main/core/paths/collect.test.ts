import { execFileSync } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  collectInputs,
  DEFAULT_MAX_INPUT_BYTES,
  type CollectedInput,
} from '../../../../../src/main/core/paths/collect';
import { put, tempDir } from '../../../../support/images';
import { hasHiddenCharacters } from '../../../../../src/shared/hidden-characters';

const opts = { maxBytes: DEFAULT_MAX_INPUT_BYTES };

function summary(inputs: readonly CollectedInput[], root: string): string[] {
  return inputs.map((i) => `${i.source.slice(root.length + 1)} ${i.ok ? 'ok' : i.error.code}`);
}

function sentence(message: string): void {
  expect(message).toMatch(/^[A-Z].*\.$/);
  expect(message).not.toMatch(/\n\s+at |Error:/);
}

describe('collectInputs', () => {
  let root: string;
  let cleanup: () => Promise<void>;
  let socket: Server;

  beforeAll(async () => {
    ({ dir: root, cleanup } = await tempDir());
    // A folder tree with everything a real drop can contain.
    await mkdir(join(root, 'drop/sub/deeper'), { recursive: true });
    await mkdir(join(root, 'drop/x.jpg'));
    await mkdir(join(root, 'drop/.git'));
    await put(root, 'drop/x.jpg/inside.jpg', 'never collected');
    await put(root, 'drop/b.JPG', 'b');
    await put(root, 'drop/a.png', 'a');
    await put(root, 'drop/notes.txt', 'text');
    await put(root, 'drop/.DS_Store', 'junk');
    await put(root, 'drop/._a.png', 'resource fork');
    await put(root, 'drop/.git/c.png', 'hidden');
    await put(root, 'drop/sub/c.webp', 'c');
    await put(root, 'drop/sub/deeper/d.heic', 'd');
    await put(root, 'drop/empty.gif', '');
    await symlink('/etc/passwd', join(root, 'drop/evil.jpg'));
    await symlink('..', join(root, 'drop/sub/loop'));
    await symlink(join(root, 'drop'), join(root, 'linked-dir'));
    execFileSync('mkfifo', [join(root, 'drop/pipe.png')]);
    socket = createServer();
    await new Promise<void>((resolve) => socket.listen(join(root, 'drop/sock.png'), resolve));
    await put(root, 'big.jpg', Buffer.alloc(2048));
    await put(root, 'readme.md', 'explicitly named');
  });

  afterAll(async () => {
    await new Promise((resolve) => socket.close(resolve));
    await cleanup();
  });

  it('walks folders in sorted order, fails what cannot be used and ignores the rest', async () => {
    const { inputs, ignored } = await collectInputs([join(root, 'drop')], opts);
    expect(summary(inputs, root)).toEqual([
      'drop/a.png ok',
      'drop/b.JPG ok',
      'drop/empty.gif empty-file',
      'drop/evil.jpg is-symlink',
      'drop/pipe.png not-regular-file',
      'drop/sock.png not-regular-file',
      'drop/sub/c.webp ok',
      'drop/sub/deeper/d.heic ok',
      'drop/x.jpg is-directory',
    ]);
    // notes.txt, .DS_Store, ._a.png, .git, and the loop symlink (no image name) are skipped.
    expect(ignored).toBe(5);
    for (const input of inputs) if (!input.ok) sentence(input.error.message);
  });

  it('reports sizes and canonical paths, resolving symlinks in parent folders', async () => {
    const { inputs } = await collectInputs([join(root, 'linked-dir', 'a.png')], opts);
    expect(inputs).toHaveLength(1);
    const [input] = inputs;
    expect(input).toMatchObject({ ok: true, source: join(root, 'linked-dir', 'a.png') });
    if (!input?.ok) throw new Error('expected ok');
    expect(input.file.path).toBe(join(root, 'drop', 'a.png'));
    expect(input.file).toMatchObject({ name: 'a.png', bytes: 1 });
  });

  it('refuses a symlink named directly, even to a folder, without following it', async () => {
    const { inputs } = await collectInputs(
      [join(root, 'linked-dir'), join(root, 'drop/evil.jpg')],
      opts,
    );
    expect(inputs.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['is-symlink', 'is-symlink']);
  });

  it('says a link given to follow that loops is a loop, not a link it does not follow', async () => {
    const { dir, cleanup: done } = await tempDir();
    try {
      await symlink(join(dir, 'b.jpg'), join(dir, 'a.jpg'));
      await symlink(join(dir, 'a.jpg'), join(dir, 'b.jpg'));
      const { inputs } = await collectInputs([join(dir, 'a.jpg')], {
        ...opts,
        followGivenLinks: true,
      });
      const [only] = inputs;
      if (only?.ok !== false) throw new Error('expected a failure');
      expect(only.error.code).toBe('is-symlink');
      expect(only.error.message).toMatch(/^This shortcut \(symbolic link\) leads round in a loop/);
      sentence(only.error.message);
    } finally {
      await done();
    }
  });

  it('passes an explicitly named file on whatever its extension (content decides later)', async () => {
    const { inputs, ignored } = await collectInputs([join(root, 'readme.md')], opts);
    expect(inputs[0]?.ok).toBe(true);
    expect(ignored).toBe(0);
  });

  it('fails missing paths, folders named like images, devices and oversized files', async () => {
    const { inputs } = await collectInputs(
      [join(root, 'nope.jpg'), join(root, 'drop/x.jpg'), '/dev/null', join(root, 'big.jpg')],
      { maxBytes: 1000 },
    );
    expect(inputs.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual([
      'not-found',
      'is-directory',
      'not-regular-file',
      'too-large',
    ]);
    const tooLarge = inputs[3];
    if (tooLarge?.ok !== false) throw new Error('expected a failure');
    expect(tooLarge.error.message).toContain('2.0 KB');
    expect(tooLarge.name).toBe('big.jpg');
  });

  it('gives a folder with no images a row of its own instead of nothing', async () => {
    await mkdir(join(root, 'nothing-here/sub'), { recursive: true });
    await put(root, 'nothing-here/notes.txt', 'text');
    const { inputs, ignored } = await collectInputs([join(root, 'nothing-here')], {
      maxBytes: 1000,
    });
    expect(ignored).toBe(1);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]).toMatchObject({
      ok: false,
      name: 'nothing-here',
      error: { code: 'no-images' },
    });
  });

  it('resolves relative paths against the working folder', async () => {
    const { inputs } = await collectInputs(['definitely-missing-file.png'], opts);
    expect(inputs[0]?.source).toBe(join(process.cwd(), 'definitely-missing-file.png'));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(collectInputs([root], { ...opts, signal: controller.signal })).rejects.toThrow();
  });

  it('refuses names with control, line or text-direction characters, and shows them escaped', async () => {
    const { dir, cleanup: done } = await tempDir();
    try {
      await mkdir(join(dir, 'odd'));
      // Read right to left from the override, "invoice\u202Egnp.exe" shows as "invoiceexe.png".
      const names = [
        'invoice\u202Egnp.exe',
        'two\nlines',
        'para\u2029graph',
        'mark\u200Fed',
        'fine',
      ];
      for (const name of names) await put(dir, `odd/${name}.png`, 'x');
      await put(dir, 'given\u202Ename.png', 'x');
      const { inputs } = await collectInputs(
        [join(dir, 'odd'), join(dir, 'given\u202Ename.png')],
        opts,
      );
      const refused = inputs.filter((i) => !i.ok);
      expect(refused).toHaveLength(5);
      for (const input of refused) {
        if (input.ok) continue;
        expect(input.error.code).toBe('path-refused');
        sentence(input.error.message);
        expect(input.error.message).toMatch(/invisible/);
        // The name people see holds no hidden character: each is written as \uXXXX.
        expect(hasHiddenCharacters(input.name)).toBe(false);
      }
      expect(refused.map((i) => (i.ok ? '' : i.name)).sort()).toEqual(
        [
          'given\\u202Ename.png',
          'invoice\\u202Egnp.exe.png',
          'mark\\u200Fed.png',
          'para\\u2029graph.png',
          'two\\u000Alines.png',
        ].sort(),
      );
      expect(inputs.filter((i) => i.ok).map((i) => i.source.slice(dir.length + 1))).toEqual([
        'odd/fine.png',
      ]);
    } finally {
      await done();
    }
  });
});
