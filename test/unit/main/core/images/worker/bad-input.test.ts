import { mkdir, symlink, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESETS } from '../../../../../../src/shared/presets';
import { processFile } from '../../../../../../src/main/core/images/worker/process';
import { SNIFF_BYTES } from '../../../../../../src/main/core/images/worker/sniff';
import * as fx from '../../../../../support/images';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await fx.tempDir());
});
afterAll(() => cleanup());

function run(path: string, maxInputBytes = 50_000_000) {
  return processFile({ path, presets: DEFAULT_PRESETS, maxInputBytes });
}

/** A sentence for people: capitalised, ends with a full stop, no stack or exception name. */
function expectSentence(message: string): void {
  expect(message).toMatch(/^[A-Z][^\n]*[.]$/);
  expect(message).not.toMatch(/\bat .*:\d+|Error:|Vips|undefined/);
}

describe('processFile with hostile or broken input', () => {
  it('fails content that is not an image after reading only the sniffed header', async () => {
    const cases = [
      [
        'text.png',
        'hello, I am a text file renamed to look like a picture\n'.repeat(500),
        'not-an-image',
        /starts with text/,
      ],
      [
        'random.jpg',
        fx.randomBytes(100_000),
        'not-an-image',
        /JPEG, PNG, WebP, GIF, AVIF, HEIC or TIFF/,
      ],
    ] as const;
    for (const [name, bytes, code, wording] of cases) {
      const result = await run(await fx.put(dir, name, bytes));
      if (result.ok) throw new Error(`${name} should fail`);
      expect(result.error.code).toBe(code);
      expect(result.error.message).toMatch(wording);
      expectSentence(result.error.message);
      expect(result.stats).toEqual({ opens: 1, bytesRead: SNIFF_BYTES });
    }
  });

  it('fails a file that starts like a HEIC but holds junk with the HEIC sentence', async () => {
    const bytes = fx.heicLike();
    const result = await run(await fx.put(dir, 'photo.heic', bytes));
    if (result.ok) throw new Error('photo.heic should fail');
    expect(result.error.code).toBe('corrupt-image');
    expect(result.error.message).toMatch(/^This HEIC photo is damaged or incomplete/);
    expectSentence(result.error.message);
    expect(result.stats).toEqual({ opens: 1, bytesRead: bytes.length });
  });

  it('fails an empty file and a file over the size cap without reading them', async () => {
    const empty = await run(await fx.put(dir, 'empty.png', ''));
    expect(empty).toMatchObject({
      ok: false,
      error: { code: 'empty-file' },
      stats: { opens: 1, bytesRead: 0 },
    });
    const big = await run(await fx.put(dir, 'big.jpg', await fx.noisyJpeg(200, 200)), 1_000);
    expect(big).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
      stats: { opens: 1, bytesRead: 0 },
    });
  });

  it('fails a truncated JPEG as damaged', async () => {
    const result = await run(await fx.put(dir, 'cut.jpg', await fx.truncatedJpeg(800, 600)));
    if (result.ok) throw new Error('should fail');
    expect(result.error.code).toBe('corrupt-image');
    expectSentence(result.error.message);
  });

  it('refuses a 30000 × 30000 PNG bomb from its header, with its real size', async () => {
    const bomb = await fx.pngBomb(30_000);
    expect(bomb.length).toBeLessThan(2_000_000);
    const result = await run(await fx.put(dir, 'bomb.png', bomb));
    if (result.ok) throw new Error('should fail');
    expect(result.error.code).toBe('too-many-pixels');
    expect(result.error.message).toContain('30000 × 30000');
    expectSentence(result.error.message);
  });

  it('fails a folder named like an image, a symlink to a system file and a vanished file', async () => {
    const folder = join(dir, 'x.jpg');
    await mkdir(folder);
    const link = join(dir, 'passwd.jpg');
    await symlink('/etc/passwd', link);
    const gone = await fx.put(dir, 'gone.jpg', await fx.noisyJpeg(100, 100));
    await unlink(gone);
    const codes = [];
    for (const path of [folder, link, gone]) {
      const result = await run(path);
      if (result.ok) throw new Error(`${path} should fail`);
      expectSentence(result.error.message);
      expect(result.stats.bytesRead).toBe(0);
      codes.push(result.error.code);
    }
    expect(codes).toEqual(['is-directory', 'is-symlink', 'vanished']);
  });

  it('refuses an oversized SVG before parsing it', async () => {
    const padding = `<!-- ${'x'.repeat(6_000_000)} -->`;
    const result = await run(
      await fx.put(dir, 'big.svg', fx.svg(100, 100).replace('</svg>', `${padding}</svg>`)),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'too-large' },
      stats: { bytesRead: SNIFF_BYTES },
    });
  });

  it('refuses an SVG that declares XML entities (billion laughs) at once', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">' +
      '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text>&c;&c;</text></svg>';
    const result = await run(await fx.put(dir, 'laughs.svg', laughs));
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported-format' } });
    if (!result.ok) expectSentence(result.error.message);
  });

  it('fails with a sentence when a variant cannot fit its cap at any size', async () => {
    const path = await fx.put(dir, 'noisy.jpg', await fx.noisyJpeg(400, 300));
    const result = await processFile({
      path,
      presets: {
        main: { format: 'avif', maxSide: 800, maxBytes: 50 },
        thumb: DEFAULT_PRESETS.thumb,
      },
      maxInputBytes: 50_000_000,
    });
    if (result.ok) throw new Error('should fail');
    expect(result.error.code).toBe('budget-unreachable');
    expect(result.error.message).toContain('main image');
    expectSentence(result.error.message);
  });
});
