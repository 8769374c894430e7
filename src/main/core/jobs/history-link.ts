/** Where the pipeline meets the history: the duplicate key, skipped rows, recorded uploads. */
import type { HistoryEntry, HistoryVariant } from '../../../shared/history';
import type {
  DoneJob,
  ReadyJob,
  SourceImage,
  UploadedVariant,
  VariantInfo,
  Variants,
} from '../../../shared/jobs';
import type { Settings } from '../../../shared/settings';
import type { JobBase } from './job-states';
import { folderSpelling } from '../../../shared/folders';
import { presetsHash, uploadOrigin } from '../persistence/keys';
import { destinationOf } from './stored-names';

export interface HistoryKey {
  readonly sha256: string;
  readonly presetsHash: string;
  readonly origin: string;
  readonly folder: string;
}

/** The duplicate key of a source under these settings. */
export function historyKey(
  sha256: string,
  settings: Settings,
  folder: string = settings.upload.folder,
): HistoryKey {
  return {
    sha256,
    presetsHash: presetsHash(settings.presets),
    origin: uploadOrigin(settings.connection.uploadUrl),
    folder: folderSpelling(folder),
  };
}

function fromHistory(info: VariantInfo, v: HistoryVariant): UploadedVariant {
  return {
    ...info,
    width: v.width,
    height: v.height,
    bytes: v.bytes,
    url: v.url,
    fileId: v.fileId,
    filePath: v.filePath,
  };
}

/** A done row for a file the history already had: nothing is sent, the earlier links show. */
export function reusedJob(
  base: JobBase,
  image: SourceImage,
  variants: Variants<VariantInfo>,
  entry: HistoryEntry,
  finishedAt: number,
  sameAs: string | null = null,
  onImageKit = false,
): DoneJob {
  return {
    ...base,
    status: 'done',
    image,
    uploaded: {
      main: fromHistory(variants.main, entry.main),
      thumb: fromHistory(variants.thumb, entry.thumb),
    },
    finishedAt,
    reused: {
      uploadedAt: entry.uploadedAt,
      ...(sameAs === null ? {} : { sameAs }),
      ...(onImageKit ? { onImageKit: true } : {}),
    },
  };
}

function toHistory(v: UploadedVariant): HistoryVariant {
  const { url, fileId, filePath, width, height, bytes } = v;
  return { url, fileId, filePath, width, height, bytes };
}

/** Where a file's links came from: when that upload was made, and its two variants. */
export interface StoredUpload {
  readonly uploadedAt: number;
  readonly main: HistoryVariant;
  readonly thumb: HistoryVariant;
}

/** The history entry for a job whose variants are stored as `stored` (now or before). */
export function historyEntryOf(
  job: DoneJob | ReadyJob,
  stored: StoredUpload,
  sha256: string,
  settings: Settings,
): Omit<HistoryEntry, 'id'> {
  const destination = destinationOf(job, settings);
  return {
    ...historyKey(sha256, settings, destination.folder),
    source: job.file.link ?? job.file.path,
    name: job.file.name,
    uploadedAt: stored.uploadedAt,
    main: stored.main,
    thumb: stored.thumb,
    ...(job.batch === undefined ? {} : { batch: job.batch }),
    ...(job.image.animated ? { animated: true } : {}),
    ...(job.alt ? { alt: job.alt } : {}),
    ...(destination.customMetadata ? { customMetadata: destination.customMetadata } : {}),
  };
}

/** The history entry for a file just uploaded with these settings. */
export function historyEntryFor(
  job: DoneJob,
  sha256: string,
  settings: Settings,
): Omit<HistoryEntry, 'id'> {
  const stored = {
    uploadedAt: job.finishedAt,
    main: toHistory(job.uploaded.main),
    thumb: toHistory(job.uploaded.thumb),
  };
  return historyEntryOf(job, stored, sha256, settings);
}
