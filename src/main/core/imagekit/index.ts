/** The ImageKit upload client: naming, retries, auth modes, progress and cancel. */
export { ImageKitClient, createUploader } from './client';
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
