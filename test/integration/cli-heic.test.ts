/**
 * HEIC photos through the CLI's `process` and `upload`, with the checks JPEG gets: both variants
 * within their caps, no metadata kept, the orientation and colours right, alpha kept, and a
 * damaged file failing alone with its sentence.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import type { CliIo } from '../../src/main/cli/io';
import { runCli } from '../../src/main/cli/run';
import { emulatorEnv, startEmulatorIn } from '../support/cli-process';
import * as heic from '../support/heic';
import { describeHeic } from '../support/heic-suite';
import { tempDir } from '../support/images';

const KEY = 'private_cli_heic';
let dir: string;
let cleanup: () => Promise<void>;
let emulator: RunningEmulator;

/** The files that decode: .heic, .heif and .hif alike. */
const GOOD = ['a-upright.heic', 'b-p3.heif', 'c-alpha.hif', 'd-private.heic', 'f-noisy.heic'];
const DAMAGED = /^This HEIC photo is damaged or incomplete \(.*\)[^\n]*\.$/;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('uploader-cli-heic-'));
  if (!heic.heifEncAvailable) return;
  const files: Record<string, Buffer> = {
    'a-upright.heic': await heic.rotatedHeic(600, 400),
    'b-p3.heif': await heic.p3IccHeic(300, 200),
    'c-alpha.hif': await heic.alphaHeic(600, 400),
    'd-private.heic': await heic.privateHeic(1600, 1200),
    'e-broken.heic': await heic.truncatedHeic(1200, 800),
    'f-noisy.heic': await heic.photoHeic(2000, 1500, 21),
  };
  await mkdir(join(dir, 'in'));
  for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, 'in', name), bytes);
  emulator = await startEmulatorIn(dir, KEY, 'public_cli_heic');
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  await cleanup();
});

function capture(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => void lines.push(l), err: (l) => void errors.push(l) };
}

type Line = Record<string, unknown> & { source?: string; status?: string };

function bySource(lines: readonly string[]): Map<string, Line> {
  const parsed = lines.map((l) => JSON.parse(l) as Line).filter((l) => l.source);
  return new Map(parsed.map((l) => [(l.source as string).split('/').at(-1) as string, l]));
}

async function pixel(bytes: Buffer, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [...data.subarray(at, at + info.channels)];
}

/** The checks every good HEIC's variants pass, as a JPEG's do. */
async function expectWithinCapsAndClean(main: Buffer, thumb: Buffer): Promise<void> {
  const m = await sharp(main).metadata();
  const t = await sharp(thumb).metadata();
  expect(m.format).toBe('webp');
  expect(main.length).toBeLessThanOrEqual(200_000);
  expect(Math.max(m.width ?? 0, m.height ?? 0)).toBeLessThanOrEqual(800);
  expect(t.format).toBe('png');
  expect(thumb.length).toBeLessThanOrEqual(10_000);
  expect(Math.max(t.width ?? 0, t.height ?? 0)).toBeLessThanOrEqual(50);
  for (const meta of [m, t]) {
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
  }
}

describeHeic('HEIC through the CLI', () => {
  it('process: every HEIC within the caps, upright, in sRGB, alpha kept, the cut-off one alone fails', async () => {
    const out = join(dir, 'out');
    const io = capture();
    const code = await runCli(['process', join(dir, 'in'), '--out', out, '--json'], io);
    expect(code).toBe(1);
    expect(JSON.parse(io.lines.at(-1) as string)).toEqual({ summary: { done: 5, failed: 1 } });
    const lines = bySource(io.lines);
    expect(lines.get('e-broken.heic')).toMatchObject({
      status: 'failed',
      error: { code: 'corrupt-image', message: expect.stringMatching(DAMAGED) },
    });
    const read = (name: string) => readFile(join(out, name));
    for (const file of GOOD) {
      expect(lines.get(file), file).toMatchObject({ status: 'done' });
      const name = file.replace(/\.[a-z]+$/, '');
      await expectWithinCapsAndClean(await read(`${name}.webp`), await read(`${name}.thumb.png`));
    }

    // Stored 600 × 400 and turned a quarter clockwise by its irot box: 400 × 600, red on top.
    const upright = await read('a-upright.webp');
    expect(await sharp(upright).metadata()).toMatchObject({ width: 400, height: 600 });
    const [r1, g1, b1] = await pixel(upright, 200, 40);
    expect([r1! > 220, g1! < 40, b1! < 40]).toEqual([true, true, true]);
    const [r2, , b2] = await pixel(upright, 200, 560);
    expect([r2! < 40, b2! > 220]).toEqual([true, true]);

    // P3 numbers (≈ 234,51,35) converted through their profile: sRGB red, not the raw values.
    const [pr, pg, pb] = await pixel(await read('b-p3.thumb.png'), 10, 10);
    expect(pr).toBeGreaterThan(245);
    expect(Math.max(pg!, pb!)).toBeLessThan(15);

    // Alpha kept in the WebP and the PNG: transparent at the left edge, opaque at the right.
    for (const file of ['c-alpha.webp', 'c-alpha.thumb.png']) {
      const bytes = await read(file);
      const { width = 0, height = 0, hasAlpha } = await sharp(bytes).metadata();
      expect(hasAlpha, file).toBe(true);
      expect((await pixel(bytes, 0, height >> 1))[3], file).toBeLessThan(30);
      expect((await pixel(bytes, width - 1, height >> 1))[3], file).toBeGreaterThan(225);
    }

    // The source carried a camera serial in its EXIF; neither variant does.
    expect((await readFile(join(dir, 'in', 'd-private.heic'))).includes('SN-123456')).toBe(true);
    for (const file of ['d-private.webp', 'd-private.thumb.png']) {
      expect((await read(file)).includes('SN-123456'), file).toBe(false);
    }

    // The big noisy photo needed the search: full width, under the cap.
    expect(await sharp(await read('f-noisy.webp')).metadata()).toMatchObject({ width: 800 });
  }, 180_000);

  it('upload: the same caps and checks on what the library stores, and the cut-off one alone fails', async () => {
    const io = capture();
    const code = await runCli(
      ['upload', join(dir, 'in'), '--folder', '/heic', '--json', '--state-dir', join(dir, 'state')],
      io,
      { env: emulatorEnv(emulator, KEY) },
    );
    expect(code).toBe(1);
    expect(JSON.parse(io.lines.at(-1) as string)).toEqual({
      summary: { done: 5, skipped: 0, failed: 1 },
    });
    const lines = bySource(io.lines);
    expect(lines.get('e-broken.heic')).toMatchObject({
      status: 'failed',
      error: { code: 'corrupt-image', message: expect.stringMatching(DAMAGED) },
    });
    expect(emulator.files()).toHaveLength(10);
    const download = async (url: string) => Buffer.from(await (await fetch(url)).arrayBuffer());
    for (const [name, line] of lines) {
      if (name === 'e-broken.heic') continue;
      const { main, thumb } = line as unknown as { main: { url: string }; thumb: { url: string } };
      await expectWithinCapsAndClean(await download(main.url), await download(thumb.url));
    }
    const upright = line('a-upright.heic');
    expect(upright.main).toMatchObject({ width: 400, height: 600 });
    expect(line('c-alpha.hif').main).toMatchObject({ format: 'webp' });

    function line(name: string): Line & { main: Record<string, unknown> } {
      return lines.get(name) as Line & { main: Record<string, unknown> };
    }
  }, 180_000);
});
