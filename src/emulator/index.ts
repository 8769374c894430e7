import { inspectFile } from './image-info';
import { startEmulatorWith } from './server';
import type { EmulatorOptions, RunningEmulator } from './types';

export { DEFAULT_MAX_UPLOAD_BYTES } from './server';

/** Starts the emulator on loopback, reading uploads with sharp unless told otherwise. */
export function startEmulator(opts: EmulatorOptions): Promise<RunningEmulator> {
  return startEmulatorWith(opts, opts.inspect ?? inspectFile);
}
export { signToken, makeAuthParams } from './auth';
export type {
  AuthParams,
  CustomMetadataFieldRecord,
  EmulatorOptions,
  EmulatorStats,
  FaultCounts,
  FaultOptions,
  ImageInfo,
  Inspector,
  RunningEmulator,
  StoredFile,
  VersionInfo,
} from './types';
