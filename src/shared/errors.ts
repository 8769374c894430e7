/**
 * Machine-readable reasons a file can fail. Each comes with a sentence for people (built in
 * core); the code is for tests, the CLI's JSON and deciding what is worth retrying.
 */
export type ErrorCode =
  // The path itself
  | 'not-found'
  | 'is-directory'
  | 'no-images'
  | 'is-symlink'
  | 'not-regular-file'
  | 'empty-file'
  | 'too-large'
  | 'no-access'
  | 'vanished'
  | 'source-changed'
  | 'read-failed'
  | 'path-refused'
  | 'too-many-files'
  // A link's download
  | 'download-failed'
  // The content
  | 'not-an-image'
  | 'unsupported-format'
  | 'corrupt-image'
  | 'too-many-pixels'
  | 'budget-unreachable'
  // The image worker
  | 'worker-crashed'
  | 'worker-timeout'
  // Writing results (CLI)
  | 'write-failed'
  // Uploading
  | 'not-configured'
  | 'auth-rejected'
  | 'forbidden'
  | 'invalid-request'
  | 'file-exists'
  | 'rate-limited'
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'deadline'
  // Either
  | 'cancelled'
  | 'internal';

/** An error a person sees: what happened and what to do, never a stack trace. */
export interface UserError {
  readonly code: ErrorCode;
  readonly message: string;
}
