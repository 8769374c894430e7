/** What the processing and upload stages share: the pipeline's parts, seen from one job. */
import type { HistoryEntry } from '../../../shared/history';
import type { Job, JobId, ReadyJob } from '../../../shared/jobs';
import type { Settings } from '../../../shared/settings';
import { failedJob, jobBase } from './job-states';
import type { PipelineDeps } from './pipeline-deps';
import type { Scheduler } from './scheduler';
import { historyKey } from './history-link';
import { destinationOf, NameClaims, stemOf } from './stored-names';
import type { Work } from './work';

export class StageContext {
  constructor(
    readonly deps: PipelineDeps,
    readonly scheduler: Scheduler,
    private readonly works: ReadonlyMap<JobId, Work>,
  ) {}

  /** Stored names claimed by rows in the list, so two files never get one name. */
  private readonly names = new NameClaims((id) => this.deps.store.get(id) !== undefined);

  /** The run uploading each picture to each place now, by its duplicate key. */
  private readonly sending = new Map<string, { readonly id: JobId }>();

  /** The job and its work record, if both are still there. */
  find(id: JobId): { readonly job: Job; readonly work: Work } | null {
    const job = this.deps.store.get(id);
    const work = this.works.get(id);
    return job && work ? { job, work } : null;
  }

  /** Whether `run` is still the job's current run and the job is still in `status`. */
  isCurrent(id: JobId, work: Work, run: number, status: Job['status']): boolean {
    return work.isRun(run) && this.deps.store.get(id)?.status === status;
  }

  /**
   * The history's upload of this content to this job's destination, or null; `sameAs` is the
   * other row of this list that made it, when one did (the same picture twice in a batch).
   */
  earlierUpload(
    job: Job,
    sha256: string,
    settings: Settings,
  ): { readonly entry: HistoryEntry; readonly sameAs: string | null } | null {
    const folder = destinationOf(job, settings).folder;
    const entry = this.deps.history?.findDuplicate(historyKey(sha256, settings, folder)) ?? null;
    if (!entry) return null;
    const source = entry.source;
    const inList =
      source !== job.file.path &&
      [...this.deps.store.all()].some((other) => other.id !== job.id && other.file.path === source);
    return { entry, sameAs: inList ? source : null };
  }

  /** The duplicate key of a job's picture at its destination, as one string. */
  private keyOf(job: Job, sha256: string, settings: Settings): string {
    return JSON.stringify(historyKey(sha256, settings, destinationOf(job, settings).folder));
  }

  /**
   * Whether another row is uploading the same picture to the same place right now. Such a
   * ready row waits: once the other is done, the history has it and this row reuses it (the
   * same picture twice in a batch uploads once); if the other fails, this one uploads.
   */
  twinSending(id: JobId, settings: Settings): boolean {
    // Without a history to reuse from, waiting would only slow the batch.
    const history = this.deps.history;
    if (this.sending.size === 0 || !history || history.reusesNothing) return false;
    const found = this.find(id);
    const made = found?.work.made;
    if (!found || !made || found.work.force) return false;
    const holder = this.sending.get(this.keyOf(found.job, made.sourceHash, settings));
    return holder !== undefined && holder.id !== id;
  }

  /**
   * Marks this run of the job as uploading its picture to its place; the returned call ends
   * that. A newer run of the same job (after a pause or a retry) takes the mark over, so the end
   * of the abandoned one does not lift it while the new one is uploading.
   */
  startSending(job: Job, sha256: string, settings: Settings): () => void {
    const key = this.keyOf(job, sha256, settings);
    const holder = this.sending.get(key);
    if (holder !== undefined && holder.id !== job.id) return () => undefined;
    // Its own object: the end of this run lifts this mark only.
    const mark = { id: job.id };
    this.sending.set(key, mark);
    return () => {
      if (this.sending.get(key) === mark) this.sending.delete(key);
    };
  }

  /** Fails the job when its stored name belongs to a different file; true if it did. */
  failOnNameClash(job: ReadyJob, sha256: string, settings: Settings): boolean {
    const stem = stemOf(job, sha256, settings.upload.nameTemplate);
    const clash = this.names.claim(job, sha256, stem, settings, this.deps.history);
    if (clash === null) return false;
    this.deps.store.put(failedJob(jobBase(job), 'upload', clash, job.image, true));
    return true;
  }
}
