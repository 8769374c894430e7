/**
 * Steers sharp to its WebAssembly build when main asks for it, and tells which build loaded.
 *
 * sharp picks its binding once, when it first loads: it tries the native package for this
 * platform (`@img/sharp-linux-x64/sharp.node`, ...) and falls back to `@img/sharp-wasm32` only if
 * that cannot be loaded. Electron on Linux can load the native one but crashes in it later, so
 * there the worker makes the native bindings unresolvable before sharp loads.
 */
import Module, { createRequire } from 'node:module';
import type Sharp from 'sharp';
import type { SharpBuild, SharpRuntime } from '../sharp-runtime';

/**
 * The requests for sharp's native bindings: the per-platform packages and a build from source
 * (`../src/build/Release/sharp-<platform>-<version>.node`). The wasm32 ones stay reachable.
 */
const NATIVE_BINDING =
  /^@img\/sharp-(?!wasm32\/)[^/]+\/sharp\.node$|[\\/]build[\\/]Release[\\/]sharp-(?!wasm32-)[^\\/]+\.node$/;

/** A file of the WebAssembly build, as it appears in the module cache. */
const WASM_FILE = /[\\/]@img[\\/]sharp-wasm32[\\/]/;

type ResolveFilename = (this: unknown, request: string, ...rest: unknown[]) => string;

// Node's resolver for require() is the one place every CommonJS load passes through, sharp's own
// createRequire included; Electron wraps the same function, and the original stays in the chain.
const loader = Module as unknown as { _resolveFilename: ResolveFilename };

let hidden = false;

/** Makes sharp's native bindings unresolvable in this process, so sharp loads @img/sharp-wasm32. */
export function hideNativeSharp(): void {
  if (hidden) return;
  hidden = true;
  const resolve = loader._resolveFilename;
  loader._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    if (NATIVE_BINDING.test(request)) {
      // The code sharp expects of a package that is not installed, so it moves on to the next.
      throw Object.assign(
        new Error(`Cannot find module '${request}' (this worker uses sharp's WebAssembly build)`),
        { code: 'MODULE_NOT_FOUND' },
      );
    }
    return resolve.call(this, request, ...rest);
  };
}

/** Which build this process loaded: WebAssembly if any of its files is in the module cache. */
export function loadedSharpRuntime(): SharpRuntime {
  const cache = createRequire(import.meta.url).cache;
  return Object.keys(cache).some((file) => WASM_FILE.test(file)) ? 'wasm' : 'native';
}

/** What this process runs: the build that loaded and the versions sharp reports. */
export function sharpBuild(sharp: typeof Sharp): SharpBuild {
  return {
    runtime: loadedSharpRuntime(),
    sharp: sharp.versions.sharp,
    libvips: sharp.versions.vips,
  };
}
