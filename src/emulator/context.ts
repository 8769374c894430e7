import type { Socket } from 'node:net';
import type { Keys } from './auth';
import type { FaultPlan } from './faults';
import type { IndexWriter } from './index-file';
import type { TokenLedger } from './ledger';
import type { MetadataFields } from './metadata-fields';
import type { Urls } from './shapes';
import type { FileStore } from './store';
import type { EmulatorStats, Inspector } from './types';
import type { Uplink } from './uplink';

type FaultName = 'serverError' | 'rateLimit' | 'reset' | 'stall';

/** Counters behind EmulatorStats. */
export class StatsCounter {
  requests = 0;
  uploads = 0;
  rejected = 0;
  searches = 0;
  fieldLists = 0;
  private readonly faults = { serverError: 0, rateLimit: 0, reset: 0, stall: 0, afterStore: 0 };

  /** Counts one injected fault. */
  fault(name: FaultName, afterStore: boolean): void {
    this.faults[name] += 1;
    if (afterStore) this.faults.afterStore += 1;
  }

  /** A frozen copy, with the ledger's token counts. */
  snapshot(tokens: EmulatorStats['tokens']): EmulatorStats {
    return {
      requests: this.requests,
      uploads: this.uploads,
      rejected: this.rejected,
      searches: this.searches,
      fieldLists: this.fieldLists,
      faults: { ...this.faults },
      tokens: { ...tokens },
    };
  }
}

/** Everything a route handler needs; one per running emulator. */
export interface Context {
  readonly keys: Keys;
  readonly urlEndpointId: string;
  readonly urls: Urls;
  readonly store: FileStore;
  /** The account's custom metadata fields. */
  readonly fields: MetadataFields;
  readonly ledger: TokenLedger;
  readonly index: IndexWriter;
  readonly faults: FaultPlan;
  readonly stats: StatsCounter;
  readonly maxUploadBytes: number;
  /** Reads type and size from an uploaded file. */
  readonly inspect: Inspector;
  /** The shared uplink upload bodies pass through, or null for an unlimited one. */
  readonly uplink: Uplink | null;
  /** Sockets left hanging on purpose; close() destroys them. */
  readonly stalled: Set<Socket>;
  readonly log: (line: string) => void;
}
