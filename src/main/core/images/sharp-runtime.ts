/**
 * Which build of sharp an image worker loads. Main decides, since only main knows whether the
 * worker runs on Electron's binary; the worker is told through its environment and applies the
 * choice before sharp first loads (see worker/entry.ts).
 */

/** sharp's native build (libvips compiled for this system) or its WebAssembly build. */
export type SharpRuntime = 'native' | 'wasm';

/** The environment variable that carries main's choice to the worker. */
export const SHARP_RUNTIME_ENV = 'UPLOADER_SHARP_RUNTIME';

/** What a worker reports once sharp has loaded. */
export interface SharpBuild {
  readonly runtime: SharpRuntime;
  /** sharp's version. */
  readonly sharp: string;
  /** libvips' version. */
  readonly libvips: string;
}

export interface WorkerHost {
  readonly platform: NodeJS.Platform;
  /** Whether the worker runs on Electron's binary (a utilityProcess) rather than plain Node. */
  readonly electron: boolean;
}

/**
 * The sharp build for a worker. On Linux, Electron's binary links the system's GLib and native
 * libvips carries its own; the two in one process crash sharp (lovell/sharp#4351,
 * electron/electron#46323), so workers there use the WebAssembly build, which brings no GLib
 * of its own to the process. Everywhere else the native build is the faster one.
 */
export function sharpRuntimeFor(host: WorkerHost): SharpRuntime {
  return host.platform === 'linux' && host.electron ? 'wasm' : 'native';
}

/** The worker environment entry that asks for `runtime`. */
export function sharpRuntimeEnv(runtime: SharpRuntime): NodeJS.ProcessEnv {
  return { [SHARP_RUNTIME_ENV]: runtime };
}

/**
 * The build a worker was asked for, or null when nobody asked (the CLI, the tests), which means
 * native. Only the exact word 'wasm' switches the native build off.
 */
export function requestedSharpRuntime(env: NodeJS.ProcessEnv): SharpRuntime | null {
  const value = env[SHARP_RUNTIME_ENV];
  if (value === undefined || value === '') return null;
  return value === 'wasm' ? 'wasm' : 'native';
}

/** One line for a log: which sharp a worker runs. */
export function describeSharpBuild(build: SharpBuild): string {
  const kind = build.runtime === 'wasm' ? 'WebAssembly build' : 'native build';
  return `sharp ${build.sharp}, ${kind} (libvips ${build.libvips})`;
}
