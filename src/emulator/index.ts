export { startEmulator, DEFAULT_MAX_UPLOAD_BYTES } from './server';
export { signToken, makeAuthParams } from './auth';
export type {
  AuthParams,
  EmulatorOptions,
  EmulatorStats,
  FaultCounts,
  FaultOptions,
  RunningEmulator,
  StoredFile,
  VersionInfo,
} from './types';
