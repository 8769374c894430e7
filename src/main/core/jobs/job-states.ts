/** Pure builders for each job state, so the pipeline only decides when to move a job. */
import { descriptionOf, hasAlt } from '../../../shared/alt';
import type { UserError } from '../../../shared/errors';
import type {
  DoneJob,
  FailedJob,
  Job,
  ReadyJob,
  SourceImage,
  Stage,
  UploadedVariant,
  UploadingJob,
  VariantInfo,
  VariantUpload,
  Variants,
} from '../../../shared/jobs';
import { VARIANT_NAMES } from '../../../shared/presets';
import type { Settings } from '../../../shared/settings';
import type { EncodedVariant } from '../images/types';
import { destinationOf } from './stored-names';
import type { FileUploadInput, UploadedRef, UploadProgress } from '../imagekit/types';

export type JobBase = Pick<Job, 'id' | 'file' | 'addedAt' | 'destination' | 'batch'>;

/** The fields every state shares. */
export function jobBase(job: Job): JobBase {
  const { id, file, addedAt, destination, batch, alt } = job;
  return {
    id,
    file,
    addedAt,
    ...(destination ? { destination } : {}),
    ...(batch === undefined ? {} : { batch }),
    ...(alt === undefined ? {} : { alt }),
  };
}

/** What decoding found, in any state that knows it. */
export function imageOf(job: Job): SourceImage | null {
  return 'image' in job ? job.image : null;
}

export function failedJob(
  base: JobBase,
  stage: Stage,
  error: UserError,
  image: SourceImage | null,
  retryable: boolean,
): FailedJob {
  return { ...base, status: 'failed', stage, error, image, retryable };
}

function uploadedVariant(info: VariantInfo, ref: UploadedRef): UploadedVariant {
  const { fileId, url, filePath, drafted } = ref;
  return { ...info, fileId, url, filePath, ...(drafted ? { drafted } : {}) };
}

/** A ready job starting its upload; variants sent before (e.g. before a cancel) show as done. */
export function uploadingJob(
  job: ReadyJob,
  uploaded: Partial<Variants<UploadedRef>>,
): UploadingJob {
  const state = (v: 'main' | 'thumb'): VariantUpload => {
    const ref = uploaded[v];
    return ref
      ? { state: 'done', result: uploadedVariant(job.variants[v], ref) }
      : { state: 'waiting' };
  };
  return {
    ...jobBase(job),
    status: 'uploading',
    image: job.image,
    variants: job.variants,
    uploads: { main: state('main'), thumb: state('thumb') },
  };
}

/** Apply one progress event from the uploader. */
export function withProgress(job: UploadingJob, p: UploadProgress): UploadingJob {
  let state: VariantUpload;
  switch (p.state) {
    case 'done':
      state = { state: 'done', result: uploadedVariant(job.variants[p.variant], p.ref) };
      break;
    case 'sending':
      state = { state: 'sending', sent: p.sent, total: p.total, attempt: p.attempt };
      break;
    case 'retrying':
      state = { state: 'retrying', attempt: p.attempt, retryAt: p.retryAt, reason: p.reason };
      break;
  }
  return { ...job, uploads: { ...job.uploads, [p.variant]: state } };
}

/** Both variants stored. */
export function doneJob(
  job: UploadingJob,
  refs: Variants<UploadedRef>,
  finishedAt: number,
): DoneJob {
  const uploaded = Object.fromEntries(
    VARIANT_NAMES.map((v) => [v, uploadedVariant(job.variants[v], refs[v])]),
  ) as Variants<UploadedVariant>;
  return { ...jobBase(job), status: 'done', image: job.image, uploaded, finishedAt, reused: null };
}

/** What the uploader needs for one file. */
export function uploadRequest(
  job: Job,
  encoded: { readonly variants: Variants<EncodedVariant>; readonly sourceHash: string },
  settings: Settings,
  alreadyUploaded: Partial<Variants<UploadedRef>>,
  stem?: string,
): FileUploadInput {
  const destination = destinationOf(job, settings);
  const variant = (v: 'main' | 'thumb') => ({
    variant: v,
    data: encoded.variants[v].data,
    format: encoded.variants[v].info.format,
  });
  return {
    sourceName: job.file.name,
    sourceHash: encoded.sourceHash,
    variants: { main: variant('main'), thumb: variant('thumb') },
    folder: destination.folder,
    tags: destination.tags,
    description: descriptionOf(job.alt),
    // A draft only for a file the person has not described (or marked decorative) yet.
    ...(settings.upload.draftAlt && !hasAlt(job.alt) ? { draftAlt: true } : {}),
    ...(destination.customMetadata ? { customMetadata: destination.customMetadata } : {}),
    alreadyUploaded,
    ...(stem === undefined ? {} : { stem }),
  };
}
