/** What the pipeline is built from, and what it is given to add. */
import type { AltText } from '../../../shared/alt';
import type { UserError } from '../../../shared/errors';
import type { BatchDestination, JobId, SourceFile } from '../../../shared/jobs';
import type { Settings } from '../../../shared/settings';
import type { ReachabilityProbe } from '../connection/probe';
import type { JobExtras } from '../persistence/journal';
import type { HistoryStore, ImageProcessor, TeamLookup, Uploader } from '../ports';
import type { JobStore } from './job-store';
import type { Spill } from './spill';

/** A path that could be used, or a row that explains why not. */
export type PipelineInput =
  | {
      readonly ok: true;
      readonly file: SourceFile;
      /** This file's own destination (from a metadata sidecar), over the batch's. */
      readonly destination?: BatchDestination;
      readonly alt?: AltText;
    }
  | { readonly ok: false; readonly file: SourceFile; readonly error: UserError };

export interface PipelineDeps {
  readonly store: JobStore;
  readonly images: ImageProcessor;
  readonly processConcurrency: number;
  readonly maxInputBytes: number;
  /** Encoded bytes held in memory waiting to upload before processing pauses. */
  readonly maxHeldBytes: number;
  getSettings(): Settings;
  /** The uploader, or null while no connection is set up. */
  getUploader(): Uploader | null;
  /** Checks whether an unreachable server answers again. */
  readonly probe: ReachabilityProbe;
  /** Probe pacing while offline (default: 0.5 s, backing off to 5 s). */
  readonly probeDelays?: { readonly firstMs: number; readonly maxMs: number };
  now(): number;
  newId(): JobId;
  log(line: string): void;
  /** Where the pipeline reports what it learns beyond job states (the journal), if anywhere. */
  readonly journal?: {
    note(id: JobId, extras: Partial<JobExtras>, urgent?: boolean): void;
    /** Writes what is pending now, and `also` in the same transaction (one commit). */
    flush(also?: () => void): void;
  };
  /** The upload history: duplicates are skipped, every upload is recorded. */
  readonly history?: HistoryStore;
  /** The team duplicate check: files the folder on ImageKit already holds are skipped. */
  readonly team?: TeamLookup;
  /**
   * Where a failed or stopped upload's variants go out of memory; without one, a retry
   * processes the file again.
   */
  readonly spill?: Spill;
}
