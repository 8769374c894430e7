import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as asar from '@electron/asar';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'electron-builder';
import { DEFAULT_PRESETS } from '../../src/shared/presets';
import {
  ImagePool,
  nodeWorkerLauncher,
  reportingSharpBuild,
  sharpRuntimeEnv,
  type ProcessResult,
  type SharpBuild,
} from '../../src/main/core/images';
import { HEIF_ENC_MISSING, heifEncAvailable, rotatedHeic } from '../support/heic';
import { exifRotatedJpeg, noisyJpeg } from '../support/images';
import { makeStandInElectron, readFuses } from './stand-in';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const electronVersion = pkg.devDependencies.electron!.replace(/^[^\d]*/, '');
const linux = process.platform === 'linux';
const built = existsSync('out/main/index.js') && existsSync('out/renderer/index.html');

if (!linux) console.log('skipped: the packaging check packs for Linux and runs on Linux only');
if (!built) console.log('skipped: the packaging check needs the built app; run `npm run build`');

/** Bare package names that the built main process and image worker import or require. */
function packagesMainLoads(): string[] {
  const names = new Set<string>();
  const files = readdirSync('out/main', { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js'),
  );
  // A module specifier holds no white space, which keeps a quoted word like 'from' in the code
  // from being read as the start of one.
  // `require\w*` also catches a require made with createRequire under another name
  // (the image worker's `requireHere`, which loads libheif-js).
  const specifier =
    /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\w*\s*\(\s*)["']([^"'./\s][^"'\s]*)["']/g;
  for (const file of files) {
    for (const [, spec] of readFileSync(join('out/main', file), 'utf8').matchAll(specifier)) {
      if (!spec || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      const parts = spec.split('/');
      const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
      if (name !== 'electron') names.add(name);
    }
  }
  return [...names].sort();
}

/** electron-builder.yml as electron-builder itself reads it. */
function builderConfig(): Promise<Configuration> {
  return getConfig(process.cwd(), null, null);
}

/** The version in a package.json inside the archive. */
function packedVersion(archive: string, dir: string): string {
  const manifest = JSON.parse(asar.extractFile(archive, `${dir}/package.json`).toString()) as {
    version: string;
  };
  return manifest.version;
}

interface Packed {
  readonly appDir: string;
  readonly archive: string;
  /** Every path in app.asar, without the leading slash. */
  readonly files: Set<string>;
}

/**
 * Packs the built app with `electron-builder --linux dir` into `work/<out>`, offline, into a
 * stand-in Electron folder; `config` adds `-c.<key>=<value>` options.
 */
function pack(work: string, out: string, config: readonly string[] = []): Packed {
  const electronDist = join(work, 'electron-dist');
  if (!existsSync(electronDist)) makeStandInElectron(electronDist);
  const res = spawnSync(
    process.execPath,
    [
      'node_modules/electron-builder/cli.js',
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
      `-c.directories.output=${join(work, out)}`,
      ...config.map((option) => `-c.${option}`),
    ],
    { encoding: 'utf8', env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, timeout: 540_000 },
  );
  if (res.status !== 0) {
    throw new Error(
      `electron-builder failed (${String(res.status)}):\n${res.stdout}\n${res.stderr}`,
    );
  }
  const unpackedDirs = readdirSync(join(work, out)).filter((d) => d.startsWith('linux'));
  expect(unpackedDirs).toHaveLength(1);
  const appDir = join(work, out, unpackedDirs[0]!);
  const archive = join(appDir, 'resources', 'app.asar');
  const files = new Set(
    asar.listPackage(archive, { isPack: false }).map((f) => f.replace(/^\//, '')),
  );
  return { appDir, archive, files };
}

describe.skipIf(!linux || !built)(
  'the packaged app (electron-builder --linux dir, offline)',
  () => {
    let work = '';
    let appDir = '';
    let archive = '';
    let files = new Set<string>();

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'uploader-package-'));
      ({ appDir, archive, files } = pack(work, 'dist'));
    });

    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('flips the fuses as configured', () => {
      const fuses = readFuses(readFileSync(join(appDir, 'batch-uploader')));
      expect(fuses).toEqual({
        RunAsNode: '0',
        EnableCookieEncryption: '1',
        EnableNodeOptionsEnvironmentVariable: '0',
        EnableNodeCliInspectArguments: '0',
        EnableEmbeddedAsarIntegrityValidation: '1',
        OnlyLoadAppFromAsar: '1',
        LoadBrowserProcessSpecificV8Snapshot: '0',
        GrantFileProtocolExtraPrivileges: '0',
        // Not configured: stays at Electron's default.
        WasmTrapHandlers: '1',
      });
    });

    it('packs the built main, preload and renderer', () => {
      for (const file of [
        'package.json',
        'out/main/index.js',
        'out/main/image-worker.js',
        'out/preload/index.cjs',
        'out/renderer/index.html',
      ]) {
        expect(files.has(file), file).toBe(true);
      }
      expect([...files].some((f) => /^out\/renderer\/assets\/index-.+\.js$/.test(f))).toBe(true);
      expect([...files].some((f) => f.endsWith('.map'))).toBe(false);
      expect([...files].some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
    });

    it('packs every package main loads, and what those need in turn', () => {
      const loaded = packagesMainLoads();
      expect(loaded).toEqual(
        expect.arrayContaining([
          '@imagekit/nodejs',
          'electron-store',
          'electron-updater',
          'libheif-js',
          'sharp',
        ]),
      );
      for (const name of loaded) {
        expect(Object.keys(pkg.dependencies), `${name} must be a dependency`).toContain(name);
      }
      // Walk the production tree as Node resolves it: from each package's folder upwards.
      const seen = new Set<string>();
      const missing: string[] = [];
      const resolveFrom = (fromDir: string, name: string): string | null => {
        for (let dir = fromDir; ; dir = posix.dirname(dir)) {
          const candidate = posix.join(dir === '.' ? '' : dir, 'node_modules', name);
          if (files.has(`${candidate}/package.json`)) return candidate;
          if (dir === '.' || dir === '') return null;
        }
      };
      const visit = (pkgDir: string): void => {
        if (seen.has(pkgDir)) return;
        seen.add(pkgDir);
        const manifest = JSON.parse(
          asar.extractFile(archive, `${pkgDir}/package.json`).toString(),
        ) as {
          dependencies?: Record<string, string>;
          optionalDependencies?: Record<string, string>;
        };
        const optional = manifest.optionalDependencies ?? {};
        for (const dep of Object.keys({ ...manifest.dependencies, ...optional })) {
          const found = resolveFrom(pkgDir, dep);
          if (found) visit(found);
          // An optional package for another platform is rightly absent; one installed here is not.
          else if (!(dep in optional) || existsSync(join('node_modules', dep))) {
            missing.push(`${dep} (needed by ${pkgDir})`);
          }
        }
      };
      for (const name of loaded) {
        const dir = resolveFrom('.', name);
        if (dir) visit(dir);
        else missing.push(name);
      }
      expect(missing).toEqual([]);
      expect(seen.size).toBeGreaterThan(loaded.length);
    });

    it('leaves the renderer libraries out (vite has bundled them)', () => {
      for (const name of [
        'react',
        'react-dom',
        'scheduler',
        'zustand',
        '@tanstack/react-virtual',
      ]) {
        expect(files.has(`node_modules/${name}/package.json`), name).toBe(false);
      }
    });

    it("unpacks sharp's native files next to the archive", () => {
      const unpacked = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules');
      const natives = readdirSync(join(unpacked, '@img'), {
        recursive: true,
        encoding: 'utf8',
      }).filter((f) => f.endsWith('.node'));
      expect(natives.length).toBeGreaterThan(0);
      for (const rel of natives) {
        const stat = asar.statFile(archive, `node_modules/@img/${rel}`) as { unpacked?: boolean };
        expect(stat.unpacked, rel).toBe(true);
      }
      expect(
        readdirSync(join(unpacked, '@img'), { recursive: true, encoding: 'utf8' }).some((f) =>
          /libvips-cpp\.(so|dylib|dll)/.test(f),
        ),
      ).toBe(true);
      expect(existsSync(join(unpacked, 'sharp', 'package.json'))).toBe(true);
    });

    it('the shipped sharp loads its unpacked native files and converts an image under plain Node', async () => {
      // The archive's JavaScript, extracted, with @img pointing at the unpacked folder, as
      // Electron redirects native loads from app.asar to app.asar.unpacked.
      const extracted = join(work, 'extracted');
      asar.extractAll(archive, extracted);
      const unpackedImg = join(appDir, 'resources', 'app.asar.unpacked', 'node_modules', '@img');
      rmSync(join(extracted, 'node_modules', '@img'), { recursive: true, force: true });
      symlinkSync(unpackedImg, join(extracted, 'node_modules', '@img'), 'dir');

      const photo = join(work, 'rotated.jpg');
      writeFileSync(photo, await exifRotatedJpeg(400, 300));
      const script = [
        'const sharp = require(process.argv[1]);',
        '(async () => {',
        '  const out = await sharp(process.argv[2]).autoOrient().resize(200, 200, { fit: "inside" }).webp().toBuffer();',
        '  const meta = await sharp(out).metadata();',
        '  const natives = Object.keys(require.cache).filter((p) => p.endsWith(".node"));',
        '  console.log(JSON.stringify({ format: meta.format, width: meta.width, height: meta.height, natives }));',
        '})().catch((e) => { console.error(e); process.exit(1); });',
      ].join('\n');
      const res = spawnSync(
        process.execPath,
        ['-e', script, join(extracted, 'node_modules', 'sharp'), photo],
        { encoding: 'utf8', cwd: work, timeout: 60_000 },
      );
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      const result = JSON.parse(res.stdout) as {
        format: string;
        width: number;
        height: number;
        natives: string[];
      };
      // 400x300 stored, rotated a quarter turn by its EXIF orientation, fit into 200x200.
      expect(result).toMatchObject({ format: 'webp', width: 150, height: 200 });
      expect(result.natives.length).toBeGreaterThan(0);
      for (const native of result.natives) {
        expect(dirname(native).startsWith(unpackedImg), native).toBe(true);
      }
    });

    it("carries sharp's WebAssembly build, unpacked, and what it needs", () => {
      // Electron runs the image worker on it on Linux (src/main/core/images/sharp-runtime.ts).
      expect(packedVersion(archive, 'node_modules/@img/sharp-wasm32')).toBe(
        packedVersion(archive, 'node_modules/sharp'),
      );
      const stat = (file: string) =>
        asar.statFile(archive, file) as { size?: number; unpacked?: boolean };
      const wasmFiles = [...files].filter(
        (f) => f.startsWith('node_modules/@img/sharp-wasm32/') && stat(f).size !== undefined,
      );
      expect(wasmFiles.some((f) => f.endsWith('.wasm'))).toBe(true);
      for (const file of wasmFiles) expect(stat(file).unpacked, file).toBe(true);
      // Required by its JavaScript, which Electron loads through the archive's path, so the copy
      // in the archive is the one found.
      expect(files.has('node_modules/@emnapi/runtime/package.json')).toBe(true);
    });

    it("packs libheif-js's wasm-bundle entry in the archive, and none of its other builds", () => {
      const packed = [...files].filter((f) => f.startsWith('node_modules/libheif-js/'));
      const stat = (file: string) =>
        asar.statFile(archive, file) as { size?: number; unpacked?: boolean };
      const contents = packed.filter((f) => stat(f).size !== undefined).sort();
      expect(contents).toEqual([
        'node_modules/libheif-js/LICENSE',
        'node_modules/libheif-js/libheif-wasm/LICENSE',
        'node_modules/libheif-js/libheif-wasm/libheif-bundle.js',
        'node_modules/libheif-js/package.json',
        'node_modules/libheif-js/wasm-bundle.js',
      ]);
      // Plain JavaScript with its WebAssembly inline: it loads from inside the archive.
      for (const file of contents) expect(stat(file).unpacked, file).toBeFalsy();
    });

    it('the packed image worker, asked for WebAssembly, runs on it under plain Node and makes both variants', async () => {
      // The archive extracted, unpacked files included: the tree Electron reads through app.asar.
      const extracted = join(work, 'extracted-wasm');
      asar.extractAll(archive, extracted);
      const photo = join(work, 'photo.jpg');
      writeFileSync(photo, await noisyJpeg(1600, 1200));
      // A HEIC too, decoded by the packed libheif-js (its fixture needs heif-enc).
      const heicPhoto = join(work, 'photo.heic');
      if (heifEncAvailable) writeFileSync(heicPhoto, await rotatedHeic(1200, 900));
      const builds: SharpBuild[] = [];
      const launcher = nodeWorkerLauncher({
        entry: join(extracted, 'out', 'main', 'image-worker.js'),
        env: sharpRuntimeEnv('wasm'),
      });
      const pool = new ImagePool({
        launcher: reportingSharpBuild(launcher, (build) => builds.push(build)),
        size: 1,
      });
      let result: ProcessResult;
      let heicResult: ProcessResult | null = null;
      try {
        result = await pool.run({
          path: photo,
          presets: DEFAULT_PRESETS,
          maxInputBytes: 50_000_000,
        });
        if (heifEncAvailable) {
          heicResult = await pool.run({
            path: heicPhoto,
            presets: DEFAULT_PRESETS,
            maxInputBytes: 50_000_000,
          });
        }
      } finally {
        await pool.close();
      }
      expect(builds.map((b) => b.runtime)).toEqual(['wasm']);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      const { main, thumb } = result.variants;
      expect(main.info).toMatchObject({ format: 'webp', width: 800, height: 600 });
      expect(main.data.length).toBeLessThanOrEqual(200_000);
      expect(thumb.info).toMatchObject({ format: 'png', width: 50 });
      expect(thumb.data.length).toBeLessThanOrEqual(10_000);
      if (heicResult) {
        if (!heicResult.ok) throw new Error(`HEIC: ${heicResult.error.message}`);
        // Stored 1200 × 900 and turned upright by its irot box.
        expect(heicResult.image).toMatchObject({ format: 'heic', width: 900, height: 1200 });
        expect(heicResult.variants.main.info).toMatchObject({ width: 600, height: 800 });
      } else {
        console.log(HEIF_ENC_MISSING);
      }
    });
  },
);

describe.skipIf(!linux || !built)('what the Windows and macOS packages leave out', () => {
  let work = '';
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it("leaves sharp's WebAssembly build out, through electron-builder's own file matching", async () => {
    const config = await builderConfig();
    expect(config.mac?.files).toEqual(config.win?.files);
    const patterns = [config.win?.files ?? []].flat();
    expect(patterns.length).toBeGreaterThan(0);
    // Windows and macOS cannot be packed here, but electron-builder applies a platform's `files`
    // to the production node_modules the same way for every platform: a Linux pack given those
    // patterns shows what they leave out.
    work = mkdtempSync(join(tmpdir(), 'uploader-package-native-'));
    const { files } = pack(
      work,
      'dist',
      patterns.map((pattern) => `linux.files=${String(pattern)}`),
    );
    expect([...files].filter((f) => f.includes('node_modules/@img/sharp-wasm32'))).toEqual([]);
    expect(files.has('node_modules/sharp/package.json')).toBe(true);
    // The native build stays.
    expect([...files].some((f) => /^node_modules\/@img\/sharp-linux.*\.node$/.test(f))).toBe(true);
    expect(files.has('out/main/image-worker.js')).toBe(true);
  });
});

describe('the macOS signing configuration (a macOS package cannot be made here)', () => {
  it('re-signs a build without an identity ad hoc after the fuses', async () => {
    // Otherwise the binary the fuse step rewrote keeps a broken signature, and Apple Silicon
    // kills the app before any JavaScript runs.
    const config = await builderConfig();
    expect(config.electronFuses?.resetAdHocDarwinSignature).toBe(true);
  });

  it('signs with the hardened runtime and only the entitlements Electron needs, helpers included', async () => {
    const mac = (await builderConfig()).mac;
    expect(mac?.hardenedRuntime).toBe(true);
    expect(mac?.entitlements).toBe('resources/entitlements.mac.plist');
    expect(mac?.entitlementsInherit).toBe(mac?.entitlements);
    const plist = readFileSync(mac!.entitlements!, 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect([...plist.matchAll(/<key>/g)]).toHaveLength(granted.length);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
  });
});
