import type { AltText } from './alt';
import type { CustomValues } from './custom-metadata';
import type { UserError } from './errors';
import type { OutputFormat, VariantName } from './presets';

export type JobId = string;

/** Image formats the app accepts as input. */
export type SourceFormat = 'jpeg' | 'png' | 'webp' | 'gif' | 'avif' | 'heic' | 'tiff' | 'svg';

/** The file as found on disk, before its content is read. */
export interface SourceFile {
  /** Canonical absolute path (symlinks in parent folders resolved). */
  readonly path: string;
  /** Base name shown to people. */
  readonly name: string;
  /** Size on disk in bytes; null when the path is not a file whose size could be read. */
  readonly bytes: number | null;
  /**
   * The http(s) link the file was downloaded from, when it came from one; `path` is then the
   * app's private copy (or the link itself when the download failed). History keeps the link.
   */
  readonly link?: string;
}

/** What decoding told us about the picture. */
export interface SourceImage {
  readonly format: SourceFormat;
  /** Width and height as displayed, after EXIF orientation. */
  readonly width: number;
  readonly height: number;
  /** More than one frame (GIF, WebP). */
  readonly animated: boolean;
}

/** One encoded variant. */
export interface VariantInfo {
  readonly variant: VariantName;
  readonly format: OutputFormat;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  /** Encoder quality chosen by the budget search (1-100; for PNG the palette quality). */
  readonly quality: number;
  /** How many encodes the budget search needed. */
  readonly encodes: number;
}

/** A variant stored on ImageKit. */
export interface UploadedVariant extends VariantInfo {
  readonly fileId: string;
  readonly url: string;
  readonly filePath: string;
  /** The description ImageKit's AI drafted for it (ai-auto-description), when asked for. */
  readonly drafted?: string;
}

/** Where a variant's upload stands. */
export type VariantUpload =
  | { readonly state: 'waiting' }
  | {
      readonly state: 'sending';
      readonly sent: number;
      readonly total: number;
      readonly attempt: number;
    }
  | {
      readonly state: 'retrying';
      readonly attempt: number;
      readonly retryAt: number;
      readonly reason: string;
    }
  | { readonly state: 'done'; readonly result: UploadedVariant };

export type Variants<T> = { readonly [K in VariantName]: T };

/** The stage a failure happened in. */
export type Stage = 'validate' | 'process' | 'upload';

/** Where a batch goes on ImageKit: chosen when the files are added. */
export interface BatchDestination {
  /** Folder on ImageKit, e.g. /products/2026 (normalised: leading slash, no trailing one). */
  readonly folder: string;
  readonly tags: readonly string[];
  /** Values of the account's custom metadata fields, sent with every file of the batch. */
  readonly customMetadata?: CustomValues;
}

interface JobBase {
  readonly id: JobId;
  readonly file: SourceFile;
  /** Milliseconds since the epoch when the job was added. */
  readonly addedAt: number;
  /**
   * Where this file goes, when one was chosen for its batch. Without it the file goes to the
   * folder and tags in Settings at the moment it uploads.
   */
  readonly destination?: BatchDestination;
  /** The batch it came in with, when another program sent it (e.g. "PicGo server"). */
  readonly batch?: string;
  /** Alt text or the decorative mark, once the person gave one; sent as the description. */
  readonly alt?: AltText;
}

/** Waiting for a worker. */
export interface QueuedJob extends JobBase {
  readonly status: 'queued';
}

/** In the image worker. `image` appears once the header is decoded. */
export interface ProcessingJob extends JobBase {
  readonly status: 'processing';
  readonly image: SourceImage | null;
}

/** Both variants are made; waiting to upload (no connection set up yet, or paused). */
export interface ReadyJob extends JobBase {
  readonly status: 'ready';
  readonly image: SourceImage;
  readonly variants: Variants<VariantInfo>;
}

/** Sending the variants. */
export interface UploadingJob extends JobBase {
  readonly status: 'uploading';
  readonly image: SourceImage;
  readonly variants: Variants<VariantInfo>;
  readonly uploads: Variants<VariantUpload>;
}

/** Both variants are on ImageKit. */
export interface DoneJob extends JobBase {
  readonly status: 'done';
  readonly image: SourceImage;
  readonly uploaded: Variants<UploadedVariant>;
  readonly finishedAt: number;
  /**
   * Non-null when the file was not uploaded because the history already had it (same content,
   * presets and destination): the links are the earlier upload's. `sameAs` is set when that
   * upload was another row of this list (the same picture twice in one batch): its path.
   * `onImageKit` is set when the team duplicate check found it in the folder on ImageKit.
   */
  readonly reused: {
    readonly uploadedAt: number;
    readonly sameAs?: string;
    readonly onImageKit?: true;
  } | null;
}

/** Failed; `error.message` is for people. */
export interface FailedJob extends JobBase {
  readonly status: 'failed';
  readonly stage: Stage;
  readonly error: UserError;
  readonly image: SourceImage | null;
  /** Whether trying again may help (network trouble, yes; a text file named .jpg, no). */
  readonly retryable: boolean;
}

/** Stopped by the user before it finished. */
export interface CancelledJob extends JobBase {
  readonly status: 'cancelled';
  readonly image: SourceImage | null;
}

export type Job =
  QueuedJob | ProcessingJob | ReadyJob | UploadingJob | DoneJob | FailedJob | CancelledJob;

export type JobStatus = Job['status'];

export const JOB_STATUSES: readonly JobStatus[] = [
  'queued',
  'processing',
  'ready',
  'uploading',
  'done',
  'failed',
  'cancelled',
];

/**
 * Where a status stands, defined once for every list, count and estimate:
 * - `working`: the job moves without anyone doing anything (queued, processing, uploading);
 * - `held`: made and waiting to upload (`ready`): for a slot, a connection, or the user's Upload;
 * - `finished`: it will not move again unless someone retries it.
 * "In progress" (the filter tab, the time left) is `working` plus `held`; the batch counts as
 * `active` only while something is `working`, so a batch held for the user's Upload is at rest.
 */
export type StatusGroup = 'working' | 'held' | 'finished';

const STATUS_GROUPS: { readonly [K in JobStatus]: StatusGroup } = {
  queued: 'working',
  processing: 'working',
  ready: 'held',
  uploading: 'working',
  done: 'finished',
  failed: 'finished',
  cancelled: 'finished',
};

/** Done, failed or cancelled: the job will not move again on its own. */
export function isFinished(status: JobStatus): boolean {
  return STATUS_GROUPS[status] === 'finished';
}

/** Not finished yet: queued, processing, ready or uploading. */
export function isInProgress(status: JobStatus): boolean {
  return STATUS_GROUPS[status] !== 'finished';
}

/** Work goes on without the user: queued, processing or uploading (not `ready`). */
export function isWorking(status: JobStatus): boolean {
  return STATUS_GROUPS[status] === 'working';
}

/** How many jobs in `counts` have a status for which `test` holds. */
export function countWhere(
  counts: { readonly [K in JobStatus]: number },
  test: (status: JobStatus) => boolean,
): number {
  return JOB_STATUSES.reduce((sum, status) => (test(status) ? sum + counts[status] : sum), 0);
}

/** Counts and overall progress for everything in the list. */
export interface BatchSummary {
  readonly total: number;
  readonly counts: { readonly [K in JobStatus]: number };
  /** 0..1 over the jobs that are not cancelled; see `jobProgress`. */
  readonly progress: number;
  /** Bytes of encoded variants sent and still to send in this batch. */
  readonly bytesSent: number;
  readonly bytesToSend: number;
  /** Files in the list, neither failed nor stopped, with neither alt text nor the decorative mark. */
  readonly missingAlt: number;
  /** True while any job is queued, processing or uploading, or waiting for the connection. */
  readonly active: boolean;
  /** The user pressed "Pause all": nothing new starts until "Resume all". */
  readonly paused: boolean;
  /**
   * Set while ImageKit cannot be reached at all (connection refused, DNS failure, no network):
   * uploads wait for it instead of failing. `waiting` counts the files not finished yet.
   */
  readonly offline: {
    readonly since: number;
    readonly waiting: number;
    /** The server that could not be reached, when known (an origin). */
    readonly origin: string | null;
  } | null;
}

/**
 * A pushed view of the jobs. `full` replaces everything the renderer holds; otherwise `jobs`
 * are whole replacement snapshots of the jobs that changed and `removed` lists dropped ids.
 * `seq` grows by one per update, so a receiver can spot a gap and ask for a full snapshot.
 */
export interface JobsUpdate {
  readonly seq: number;
  readonly full: boolean;
  readonly jobs: readonly Job[];
  readonly removed: readonly JobId[];
  readonly summary: BatchSummary;
}
