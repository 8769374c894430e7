/**
 * Taking files in: paths from the page, a drop, the OS picker, the clipboard, the command line or
 * another program are checked by where they came from, folders are walked, and every path
 * becomes a row (a refused one says why).
 */
import { posix, win32 } from 'node:path';
import type { AddResult, PickKind } from '../../../shared/contract';
import type { BatchDestination, SourceFile } from '../../../shared/jobs';
import type { AltText } from '../../../shared/alt';
import type { SidecarReport } from '../../../shared/sidecar';
import type { PipelineInput } from '../jobs/pipeline';
import { collectInputs, type CollectedInput } from '../paths/collect';
import { givenPathProblem, type PathSource } from '../paths/policy';
import type { Platform } from '../ports';

export interface IntakeOptions {
  readonly maxInputBytes: number;
  /** Rows one call may add (folders included); the rest get one row saying so. */
  readonly maxFilesPerCall: number;
  /** Whose path rules apply. */
  readonly platformName: NodeJS.Platform;
  /** Adds the rows to the list. */
  add(inputs: readonly PipelineInput[], destination?: BatchDestination, batch?: string): AddResult;
  /** Keeps a chosen folder at the top of the recent list. */
  rememberFolder(folder: string): void;
  /** The OS picker and the clipboard. */
  readonly platform: Platform;
  /**
   * Each file's own destination and alt text from a metadata sidecar among `given` (or the one
   * named), or null when there is none.
   */
  /** The report of a sidecar among `given`, or null when there is none. */
  sidecarReport?(
    given: readonly string[],
    destination: BatchDestination | undefined,
  ): Promise<SidecarReport | null>;
  sidecar?(
    given: readonly string[],
    files: readonly SourceFile[],
    destination: BatchDestination | undefined,
    csv: string | undefined,
  ): Promise<ReadonlyMap<string, { destination: BatchDestination; alt?: AltText }> | null>;
}

export interface AddOptions {
  /** Where the paths came from, which decides the rules they meet. */
  readonly source: PathSource;
  /** The folder and tags chosen for this batch, if one was. */
  readonly destination?: BatchDestination;
  /** The batch name rows show: the program that sent them (the local upload server), or a watch. */
  readonly batch?: string;
  /** Whether the destination goes to the top of the recent folders (yes unless false). */
  readonly rememberFolder?: boolean;
  /** A metadata sidecar to apply (the CLI's --metadata); else metadata.csv in a given folder. */
  readonly sidecar?: string;
}

export class Intake {
  private readonly walks = new Set<AbortController>();

  constructor(private readonly opts: IntakeOptions) {}

  /** Checks the paths, walks folders, and adds a row for each file found or refused. */
  async addPaths(paths: readonly string[], options: AddOptions): Promise<AddResult> {
    const { source, destination, batch } = options;
    if (destination && options.rememberFolder !== false)
      this.opts.rememberFolder(destination.folder);
    const allowed: string[] = [];
    const refused: PipelineInput[] = [];
    const { basename } = this.opts.platformName === 'win32' ? win32 : posix;
    for (const path of paths) {
      const problem = givenPathProblem(path, source, this.opts.platformName);
      if (problem === null) allowed.push(path);
      else
        refused.push({
          ok: false,
          file: { path, name: basename(path), bytes: null },
          error: problem,
        });
    }
    const inputs = await this.collect(allowed, source);
    if (inputs === null) return { added: [], duplicates: 0 };
    const own =
      source === 'integration'
        ? null
        : await this.opts.sidecar?.(allowed, okFiles(inputs), destination, options.sidecar);
    const pipelineInputs = inputs.map((input) => {
      const mine = input.ok ? own?.get(input.file.path) : undefined;
      return mine ? { ...toPipelineInput(input), ...mine } : toPipelineInput(input);
    });
    return this.opts.add([...refused, ...pipelineInputs], destination, batch);
  }

  /** The image files the paths name (folders walked), after the rules of `source`. */
  async files(paths: readonly string[], source: PathSource): Promise<SourceFile[]> {
    const allowed = paths.filter(
      (p) => givenPathProblem(p, source, this.opts.platformName) === null,
    );
    return okFiles((await this.collect(allowed, source)) ?? []);
  }

  /** Walks the paths; null when the walk was stopped. */
  private async collect(allowed: readonly string[], source: PathSource) {
    const walk = new AbortController();
    this.walks.add(walk);
    try {
      const { inputs } = await collectInputs(allowed, {
        maxBytes: this.opts.maxInputBytes,
        maxFiles: this.opts.maxFilesPerCall,
        signal: walk.signal,
        filesOnly: source === 'integration',
        // A link the person typed is theirs to follow; one sent by another program is not.
        followGivenLinks: source === 'command-line',
      });
      return inputs;
    } catch (err) {
      if (walk.signal.aborted) return null;
      throw err;
    } finally {
      this.walks.delete(walk);
    }
  }

  /** Adds what the clipboard holds: copied image files, or image data written once to a file. */
  async paste(): Promise<AddResult> {
    const { platform } = this.opts;
    // Copied files first: a file manager may also put the file's icon on the clipboard as an image.
    const files = (await platform.readClipboardFiles?.()) ?? [];
    if (files.length > 0) return this.addPaths(files, { source: 'chosen' });
    const image = (await platform.readClipboardImage?.()) ?? null;
    if (image === null) return { added: [], duplicates: 0 };
    return this.addPaths([image], { source: 'chosen' });
  }

  /** Adds what the person picks in the OS dialog, to `destination` if given. */
  async pick(kind: PickKind, destination?: BatchDestination): Promise<AddResult> {
    const paths = await this.opts.platform.pickPaths(kind);
    if (paths.length === 0) return { added: [], duplicates: 0 };
    // A picked folder's metadata.csv with problems: shown by the page before anything is added.
    const report = kind === 'folder' ? await this.opts.sidecarReport?.(paths, destination) : null;
    if (report && report.problems.length > 0) {
      return { added: [], duplicates: 0, sidecar: { report, paths } };
    }
    // Main got these from the OS dialog itself, so network paths the user chose are fine.
    return this.addPaths(paths, { source: 'chosen', ...(destination ? { destination } : {}) });
  }

  /** Stops folder walks still running; what they found so far is not added. */
  cancelWalks(): void {
    for (const walk of this.walks) walk.abort();
  }
}

function okFiles(inputs: readonly CollectedInput[]): SourceFile[] {
  return inputs.flatMap((i) => (i.ok ? [i.file] : []));
}

function toPipelineInput(input: CollectedInput): PipelineInput {
  return input.ok
    ? { ok: true, file: input.file }
    : {
        ok: false,
        file: { path: input.source, name: input.name, bytes: input.bytes },
        error: input.error,
      };
}
