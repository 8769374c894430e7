/** The ImageKit upload client: naming, retries, auth modes, progress and cancel. */
export { ImageKitClient, createLibraryClient, createUploader } from './client';
export { LIBRARY_NEEDS_KEY } from './library';
export type { LibraryResult, ListRequest } from './library';
export { configFromSettings } from './config';
export { storedName } from './naming';
export { DEFAULT_RETRY_POLICY } from './backoff';
export type {
  ClientConfig,
  Credentials,
  FileUploadInput,
  FileUploadResult,
  RetryPolicy,
  UploadOptions,
  UploadProgress,
  UploadedRef,
  VariantUploadInput,
} from './types';
