/**
 * The image pipeline as the main process sees it: the pool and its launchers. Nothing here loads
 * sharp; processFile (which does) is imported from './worker/process' by the worker only.
 */
export { ImagePool, DEFAULT_TIMEOUT_MS, type ImagePoolOptions, type RunOptions } from './pool';
export {
  nodeWorkerLauncher,
  reportingSharpBuild,
  WORKER_ENV,
  type NodeLauncherOptions,
} from './launcher';
export {
  SHARP_RUNTIME_ENV,
  describeSharpBuild,
  sharpRuntimeEnv,
  sharpRuntimeFor,
  type SharpBuild,
  type SharpRuntime,
} from './sharp-runtime';
export { workerHandle, type WorkerOps, type WorkerProcess } from './handle';
export type { WorkerHandle, WorkerLauncher, WorkerRequest, WorkerResponse } from './protocol';
export type {
  EncodedVariant,
  ProcessHooks,
  ProcessRequest,
  ProcessResult,
  ReadStats,
} from './types';
export { MAX_INPUT_PIXELS, MAX_SVG_BYTES } from './limits';
