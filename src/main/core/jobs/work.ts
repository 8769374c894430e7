/** What the pipeline keeps per job beside its public state. */
import type { VariantInfo, Variants } from '../../../shared/jobs';
import type { OutputFormat } from '../../../shared/presets';
import type { EncodedVariant } from '../images/types';
import type { UploadBudget, UploadedRef } from '../imagekit/types';
import type { Spill, SpillHandle } from './spill';

/** The encoded variants of a file, and the hash of the source they were made from. */
export interface Encoded {
  readonly variants: Variants<EncodedVariant>;
  readonly sourceHash: string;
}

/** The thumbnail's bytes, kept after upload so the list can show it (a few KB per file). */
export interface Preview {
  readonly data: Uint8Array;
  readonly format: OutputFormat;
}

/** The thumbnail as a data: URL the page can show. */
export function previewDataUrl(preview: Preview): string {
  return `data:image/${preview.format};base64,${Buffer.from(preview.data).toString('base64')}`;
}

/** Encoded bytes held in memory by every job together, waiting to upload. */
export class HeldBytes {
  private total = 0;

  get bytes(): number {
    return this.total;
  }

  add(bytes: number): void {
    this.total += bytes;
  }

  release(bytes: number): void {
    this.total -= bytes;
  }
}

/** Variants set aside out of memory (see spill.ts): what they are, and the way back to them. */
interface Aside {
  readonly variants: Variants<VariantInfo>;
  readonly sourceHash: string;
  readonly handle: Promise<SpillHandle | null>;
}

/** Bytes of the encoded variants. */
function sizeOf(encoded: Encoded): number {
  return encoded.variants.main.data.byteLength + encoded.variants.thumb.data.byteLength;
}

/**
 * One job's private state: its current run (results of older runs are dropped), the request in
 * flight, and the encoded bytes it holds against the shared budget.
 */
export class Work {
  /** Which run of the job is current. 0: none (never started, or abandoned). */
  private current = 0;
  private runs = 0;
  private abort: AbortController | null = null;
  private held: Encoded | null = null;
  private aside: Aside | null = null;
  /** Variants ImageKit confirmed, so a retry sends only the rest. */
  uploaded: Partial<Variants<UploadedRef>> = {};
  /** The user pressed Upload (matters when automatic upload is off). */
  approved = false;
  preview: Preview | null = null;
  /** sha256 the source had when this job read it before (a restored job); null: not known. */
  expectedSha256: string | null = null;
  /** Upload even if the history already has this file ("Upload again"). */
  force = false;
  /** Retry budget used before an offline wait; null for a fresh start. */
  spent: UploadBudget | null = null;
  /** The team duplicate check asked about this file, settled once it was answered. */
  teamCheck: Promise<void> | null = null;

  constructor(private readonly budget: HeldBytes) {}

  /** The work of a job put back from an earlier run. */
  static restored(
    budget: HeldBytes,
    uploaded: Partial<Variants<UploadedRef>>,
    sha256: string | null,
    approved: boolean,
  ): Work {
    const work = new Work(budget);
    Object.assign(work, { uploaded, expectedSha256: sha256, approved });
    return work;
  }

  /** Starts a new run, which makes every earlier one stale; returns its number and signal. */
  begin(): { readonly run: number; readonly signal: AbortSignal } {
    this.runs += 1;
    this.current = this.runs;
    this.abort = new AbortController();
    return { run: this.current, signal: this.abort.signal };
  }

  /** Whether `run` is still the current run. */
  isRun(run: number): boolean {
    return this.current === run;
  }

  /** The run's request has ended; its controller is no longer needed. */
  settle(run: number): void {
    if (this.current === run) this.abort = null;
  }

  /** Abandons the current run: its request is stopped and its results will be dropped. */
  abandon(): void {
    this.current = 0;
    this.abort?.abort();
  }

  /** The encoded variants waiting to upload, if any. */
  get encoded(): Encoded | null {
    return this.held;
  }

  /** Keeps the encoded variants, counting their bytes against the budget. */
  keep(encoded: Encoded): void {
    this.forget();
    this.held = encoded;
    this.budget.add(sizeOf(encoded));
  }

  /** What the held or set-aside variants are, without their bytes; null when there are none. */
  get made(): { readonly variants: Variants<VariantInfo>; readonly sourceHash: string } | null {
    if (this.held) {
      const { main, thumb } = this.held.variants;
      return { variants: { main: main.info, thumb: thumb.info }, sourceHash: this.held.sourceHash };
    }
    return this.aside;
  }

  /**
   * Lets go of the variants' bytes (the upload failed or was stopped), writing them to `spill`
   * when there is one so a retry can read them back instead of processing the file again.
   */
  setAside(spill: Spill | undefined): void {
    const held = this.held;
    const made = this.made;
    this.drop();
    if (!held || !made || !spill) return;
    this.aside = { ...made, handle: spill.write(held) };
  }

  /** Brings set-aside variants back into memory (held again); null when they are lost. */
  async readBack(): Promise<Encoded | null> {
    const aside = this.aside;
    this.aside = null;
    const handle = await aside?.handle;
    const encoded = (await handle?.read()) ?? null;
    void handle?.remove();
    if (encoded && !this.held) this.keep(encoded);
    return encoded;
  }

  /** Lets go of the variants, held or set aside (the row is cleared). */
  forget(): void {
    this.drop();
    const aside = this.aside;
    this.aside = null;
    void aside?.handle.then((handle) => handle?.remove());
  }

  /** Lets go of the encoded variants and their bytes. */
  drop(): void {
    if (this.held) this.budget.release(sizeOf(this.held));
    this.held = null;
  }
}
