/**
 * The image worker on sharp's WebAssembly build, as the app runs it in Electron on Linux: real
 * worker processes asked for it (the way the app asks) make both variants within the same caps
 * as the native build, and say which build they loaded.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PRESETS } from '../../src/shared/presets';
import {
  ImagePool,
  nodeWorkerLauncher,
  reportingSharpBuild,
  sharpRuntimeEnv,
  type ProcessResult,
  type SharpBuild,
  type WorkerLauncher,
} from '../../src/main/core/images';
import * as fx from '../support/images';

type Done = Extract<ProcessResult, { ok: true }>;

let dir: string;
let cleanup: () => Promise<void>;
let photo: string;

beforeAll(async () => {
  ({ dir, cleanup } = await fx.tempDir());
  // A 6-megapixel photo-like JPEG: noisy enough that both caps bind.
  photo = await fx.put(dir, 'photo.jpg', await fx.noisyJpeg(3000, 2000, 11));
});
afterAll(() => cleanup());

const request = (path: string) => ({ path, presets: DEFAULT_PRESETS, maxInputBytes: 50_000_000 });

/** Runs the files through a one-worker pool and returns the results and what the worker ran. */
async function runAll(
  launcher: WorkerLauncher,
  paths: readonly string[],
): Promise<{ results: ProcessResult[]; builds: SharpBuild[] }> {
  const builds: SharpBuild[] = [];
  const pool = new ImagePool({
    launcher: reportingSharpBuild(launcher, (build) => builds.push(build)),
    size: 1,
  });
  try {
    const results: ProcessResult[] = [];
    for (const path of paths) results.push(await pool.run(request(path)));
    return { results, builds };
  } finally {
    await pool.close();
  }
}

function done(result: ProcessResult | undefined): Done {
  if (!result?.ok) throw new Error(`not processed: ${JSON.stringify(result)}`);
  return result;
}

const wasm = nodeWorkerLauncher({ env: sharpRuntimeEnv('wasm') });

describe("the image worker on sharp's WebAssembly build", () => {
  it('makes the WebP main and the PNG thumbnail of a photo within the default caps', async () => {
    const { results, builds } = await runAll(wasm, [photo]);
    expect(builds.map((b) => b.runtime)).toEqual(['wasm']);
    const { variants, image } = done(results[0]);
    expect(image).toMatchObject({ format: 'jpeg', width: 3000, height: 2000 });

    expect(variants.main.info).toMatchObject({ format: 'webp', width: 800, height: 533 });
    expect(variants.main.data.length).toBeLessThanOrEqual(200_000);
    expect(variants.thumb.info).toMatchObject({ format: 'png', width: 50, height: 33 });
    expect(variants.thumb.data.length).toBeLessThanOrEqual(10_000);
    // The bytes are what they claim to be.
    const main = await sharp(variants.main.data).metadata();
    const thumb = await sharp(variants.thumb.data).metadata();
    expect([main.format, main.width, main.height]).toEqual(['webp', 800, 533]);
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['png', 50, 33]);
  });

  it('gives the same sizes as the native build', async () => {
    const native = await runAll(nodeWorkerLauncher(), [photo]);
    const web = await runAll(wasm, [photo]);
    expect(native.builds.map((b) => b.runtime)).toEqual(['native']);
    expect(web.builds.map((b) => b.runtime)).toEqual(['wasm']);
    const size = (r: Done) =>
      [r.variants.main.info, r.variants.thumb.info].map((i) => [i.width, i.height]);
    expect(size(done(web.results[0]))).toEqual(size(done(native.results[0])));
    expect(web.builds[0]).toMatchObject({
      sharp: native.builds[0]!.sharp,
      libvips: native.builds[0]!.libvips,
    });
  });

  it('reads every format the app accepts', async () => {
    const files = await fx.everyAcceptedFormat();
    const paths = await Promise.all(
      Object.entries(files).map(([name, bytes]) => fx.put(dir, name, bytes)),
    );
    const { results, builds } = await runAll(wasm, paths);
    expect(builds.map((b) => b.runtime)).toEqual(['wasm']);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(paths.map(() => 'ok'));
  });

  it('stays on the native build when the worker is not asked for WebAssembly', async () => {
    const { builds } = await runAll(nodeWorkerLauncher({ env: sharpRuntimeEnv('native') }), [
      photo,
    ]);
    expect(builds.map((b) => b.runtime)).toEqual(['native']);
  });
});
