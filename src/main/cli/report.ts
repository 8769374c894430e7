import { isAbsolute, relative } from 'node:path';
import type { UserError } from '../../shared/errors';
import type { VariantInfo } from '../../shared/jobs';
import { formatBytes } from '../../shared/formats';
import { showHidden } from '../../shared/hidden-characters';
import { EXIT, type CliIo } from './io';
import { strings } from '../../shared/strings';

export interface WrittenVariant {
  /** Where the variant is now: a file path, or the path on ImageKit for uploads. */
  readonly path: string;
  readonly info: VariantInfo;
  /** Only for uploads. */
  readonly url?: string;
  readonly fileId?: string;
}

/** The outcome of one input, as the CLI reports it. */
export type FileReport =
  | {
      readonly source: string;
      readonly status: 'done';
      readonly main: WrittenVariant;
      readonly thumb: WrittenVariant;
      /** The source was animated: both variants are its first frame. */
      readonly animated?: true;
    }
  | {
      readonly source: string;
      /** Not sent: the history already had the same content, presets and destination. */
      readonly status: 'skipped';
      readonly main: WrittenVariant;
      readonly thumb: WrittenVariant;
      /** When the earlier upload was made (ms since the epoch). */
      readonly uploadedAt: number;
      readonly animated?: true;
      /** The other file of this run that uploaded the same picture, if one did. */
      readonly sameAs?: string;
      /** Found in the folder on ImageKit by the team duplicate check. */
      readonly onImageKit?: true;
    }
  | { readonly source: string; readonly status: 'failed'; readonly error: UserError };

function variantJson(v: WrittenVariant) {
  const { bytes, width, height, format, quality, encodes } = v.info;
  const uploaded = v.url === undefined ? {} : { url: v.url, fileId: v.fileId };
  return { path: v.path, bytes, width, height, format, quality, encodes, ...uploaded };
}

/** `"animated": true` when the source was animated (the variants are its first frame). */
const animatedJson = (report: { readonly animated?: true }) =>
  report.animated ? { animated: true } : {};

/** One JSON object per input, on one line. */
export function jsonLine(report: FileReport): string {
  if (report.status === 'done') {
    const { source, status, main, thumb } = report;
    return JSON.stringify({
      source,
      status,
      ...animatedJson(report),
      main: variantJson(main),
      thumb: variantJson(thumb),
    });
  }
  if (report.status === 'skipped') {
    const { source, status, main, thumb, uploadedAt, sameAs } = report;
    return JSON.stringify({
      source,
      status,
      ...animatedJson(report),
      uploadedAt: new Date(uploadedAt).toISOString(),
      ...(sameAs === undefined ? {} : { sameAs }),
      ...(report.onImageKit ? { onImageKit: true } : {}),
      main: variantJson(main),
      thumb: variantJson(thumb),
    });
  }
  const { source, status, error } = report;
  return JSON.stringify({ source, status, error: { code: error.code, message: error.message } });
}

/**
 * Paths under the working folder are shown relative to it; others in full. Control, line and
 * text-direction characters are written out, so a name cannot split or disguise a line.
 */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return showHidden(rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path);
}

function variantText(v: WrittenVariant): string {
  const { width, height, bytes, quality } = v.info;
  // An uploaded variant is known by its link; a written one by its file.
  const where = v.url ?? shown(v.path);
  return `${where} (${width}×${height}, ${formatBytes(bytes)}, quality ${quality})`;
}

/** " (animated: first frame only)" after a source that was animated. */
const animatedText = (report: { readonly animated?: true }): string =>
  report.animated ? ` (${strings.cli.firstFrame})` : '';
/**
 * A failure's sentence as the command line says it: what happened, and apart from it the fix
 * in the CLI's terms (a variable or a flag), which the run says once, however many files it hits.
 */
export function splitFix(message: string): {
  readonly happened: string;
  readonly fix: string | null;
} {
  for (const fix of Object.values(strings.fixes.cli)) {
    if (message.endsWith(` ${fix}`)) return { happened: message.slice(0, -fix.length - 1), fix };
  }
  return { happened: message, fix: null };
}

/** One readable line per input. */
export function humanLine(report: FileReport): string {
  if (report.status === 'done') {
    return `done    ${shown(report.source)}${animatedText(report)} -> ${variantText(report.main)}, ${variantText(report.thumb)}`;
  }
  if (report.status === 'skipped') {
    const day = new Date(report.uploadedAt).toISOString().slice(0, 10);
    const why =
      report.sameAs !== undefined
        ? strings.cli.samePicture(shown(report.sameAs))
        : report.onImageKit
          ? strings.teamCheck.onImageKit(day)
          : strings.cli.alreadyUploaded(day);
    return `skipped ${shown(report.source)}${animatedText(report)}: ${why} -> ${report.main.url}, ${report.thumb.url}`;
  }
  return `failed  ${shown(report.source)}: ${splitFix(report.error.message).happened}`;
}

/**
 * Prints reports in input order although they finish in any order: each line waits only for
 * the ones before it, so output is deterministic and still streams during long batches.
 */
export class OrderedPrinter {
  readonly #pending = new Map<number, string>();
  #next = 0;

  constructor(private readonly io: CliIo) {}

  /** Records the line for input `index` and prints every line that is now in order. */
  put(index: number, line: string): void {
    this.#pending.set(index, line);
    for (
      let line = this.#pending.get(this.#next);
      line !== undefined;
      line = this.#pending.get(this.#next)
    ) {
      this.io.out(line);
      this.#pending.delete(this.#next);
      this.#next += 1;
    }
  }

  /** Prints the lines still waiting for an earlier one (the run stopped before it came). */
  drain(): void {
    for (const index of [...this.#pending.keys()].sort((a, b) => a - b)) {
      this.io.out(this.#pending.get(index) as string);
    }
    this.#pending.clear();
  }
}

export interface BatchCounts {
  done: number;
  skipped: number;
  failed: number;
}

/**
 * A batch's output, shared by the commands: one line per input in input order (JSON or
 * readable), then a summary, and the exit code that says whether anything failed.
 */
export class BatchReporter {
  readonly counts: BatchCounts = { done: 0, skipped: 0, failed: 0 };
  readonly #printer: OrderedPrinter;
  /** Each fix the failures call for, with how many files it concerns. */
  readonly #fixes = new Map<string, number>();

  constructor(
    private readonly io: CliIo,
    private readonly json: boolean,
    /** Whether this command can skip files (upload: the history had them); process cannot. */
    private readonly skips = false,
  ) {
    this.#printer = new OrderedPrinter(io);
  }

  /** Records the outcome of input `index` and prints what is now in order. */
  put(index: number, report: FileReport): void {
    this.counts[report.status] += 1;
    this.#printer.put(index, this.json ? jsonLine(report) : humanLine(report));
    const fix = report.status === 'failed' ? splitFix(report.error.message).fix : null;
    if (fix !== null) this.#fixes.set(fix, (this.#fixes.get(fix) ?? 0) + 1);
  }

  /** Says each fix once on stderr, with how many files it concerns. */
  advise(): void {
    for (const [fix, files] of this.#fixes) this.io.err(strings.cli.fix(fix, files));
    this.#fixes.clear();
  }

  /** Prints the lines still waiting for an earlier one (the run stopped before it came). */
  drain(): void {
    this.#printer.drain();
  }

  /** Prints the summary (`readable` words it for people) and returns the exit code. */
  finish(inputs: number, readable: (counts: BatchCounts) => string): number {
    const { done, skipped, failed } = this.counts;
    this.advise();
    const summary = this.skips ? { done, skipped, failed } : { done, failed };
    this.io.out(this.json ? JSON.stringify({ summary }) : readable(this.counts));
    if (inputs === 0) this.io.err(strings.cli.noImages);
    return this.counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
  }
}
