import { describe, expect, it } from 'vitest';
import {
  SHARP_RUNTIME_ENV,
  describeSharpBuild,
  requestedSharpRuntime,
  sharpRuntimeEnv,
  sharpRuntimeFor,
} from '../../../../../src/main/core/images/sharp-runtime';

describe('sharpRuntimeFor: which sharp a worker loads', () => {
  it('uses the WebAssembly build in Electron on Linux, where the native one crashes', () => {
    expect(sharpRuntimeFor({ platform: 'linux', electron: true })).toBe('wasm');
  });

  it('keeps the native build in Electron on Windows and macOS', () => {
    expect(sharpRuntimeFor({ platform: 'win32', electron: true })).toBe('native');
    expect(sharpRuntimeFor({ platform: 'darwin', electron: true })).toBe('native');
  });

  it('keeps the native build under plain Node (the CLI, the tests), Linux included', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      expect(sharpRuntimeFor({ platform, electron: false }), platform).toBe('native');
    }
  });
});

describe("the worker's side of the choice", () => {
  it('reads back what main asked for', () => {
    expect(requestedSharpRuntime(sharpRuntimeEnv('wasm'))).toBe('wasm');
    expect(requestedSharpRuntime(sharpRuntimeEnv('native'))).toBe('native');
  });

  it('means native when nobody asked or the word is not exactly wasm', () => {
    expect(requestedSharpRuntime({})).toBeNull();
    expect(requestedSharpRuntime({ [SHARP_RUNTIME_ENV]: '' })).toBeNull();
    expect(requestedSharpRuntime({ [SHARP_RUNTIME_ENV]: 'WASM' })).toBe('native');
    expect(requestedSharpRuntime({ [SHARP_RUNTIME_ENV]: 'wasm32' })).toBe('native');
  });

  it('says in one line which sharp a worker runs', () => {
    expect(describeSharpBuild({ runtime: 'wasm', sharp: '0.35.5', libvips: '8.18.7' })).toBe(
      'sharp 0.35.5, WebAssembly build (libvips 8.18.7)',
    );
    expect(describeSharpBuild({ runtime: 'native', sharp: '0.35.5', libvips: '8.18.7' })).toBe(
      'sharp 0.35.5, native build (libvips 8.18.7)',
    );
  });
});
