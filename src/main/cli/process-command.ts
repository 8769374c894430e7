/** `process <files or folders...> --out <dir> [--json]`: both variants of every image, on disk. */
import { constants, existsSync } from 'node:fs';
import { access, realpath } from 'node:fs/promises';
import { resolve, sep } from 'node:path';
import { makeFolders, PRIVATE_DIR_MODE } from '../core/common/private-file';
import { DEFAULT_PRESETS } from '../../shared/presets';
import { collectInputs, DEFAULT_MAX_INPUT_BYTES, type CollectedInput } from '../core/paths/collect';
import { ImagePool, nodeWorkerLauncher, type ProcessResult } from '../core/images';
import { parseCommandArgs, parseCount } from './args';
import { EXIT, UsageError, type CliIo } from './io';
import { planOutputNames, type OutputNames } from './output-names';
import { BatchReporter, type FileReport } from './report';
import { writeAllOrNothing } from './write-output';
import type { CliCommand, CommandContext } from './command';
import { strings } from '../../shared/strings';

const USAGE = `Usage: npm run cli -- process <files or folders...> --out <dir> [--json] [--workers <n>]

Makes a WebP main image (<name>.webp) and a PNG thumbnail (<name>.thumb.png) for every image,
searching folders recursively. Names never collide: a second a.jpg becomes a-2.webp.

  --out, -o <dir>   where to write the results (created if missing)
  --json            one JSON object per input, then {"summary":{"done":n,"failed":n}}
  --workers <n>     worker processes (default: one per core)
  --help, -h        show this help

Ctrl+C stops, says what was done and what was not, and exits 130.

Exit codes: 0 all done, 1 some failed, 2 usage error, 130 stopped by Ctrl+C.`;

/**
 * Creates the output folder (and missing parents, for the user only) and returns its canonical
 * path. Refuses at once, naming --out, where the folder cannot be made or written.
 */
async function prepareOutDir(out: string): Promise<string> {
  const target = resolve(out);
  try {
    makeFolders(target, PRIVATE_DIR_MODE);
    await access(target, constants.W_OK);
    return await realpath(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    if (code === 'ENOTDIR' && existsSync(target)) throw new UsageError(strings.cli.outIsFile(out));
    throw new UsageError(strings.cli.outUnusable(out, code));
  }
}

/** Drops repeats of the same file and anything inside the output folder (earlier results). */
function selectInputs(
  inputs: readonly CollectedInput[],
  outDir: string,
): { kept: CollectedInput[]; skipped: number } {
  const seen = new Set<string>();
  const kept: CollectedInput[] = [];
  for (const input of inputs) {
    if (input.ok) {
      if (seen.has(input.file.path) || input.file.path.startsWith(outDir + sep)) continue;
      seen.add(input.file.path);
    }
    kept.push(input);
  }
  return { kept, skipped: inputs.length - kept.length };
}

async function finish(
  result: ProcessResult,
  source: string,
  names: OutputNames,
  outDir: string,
): Promise<FileReport> {
  if (!result.ok) return { source, status: 'failed', error: result.error };
  const { main, thumb } = result.variants;
  const written = await writeAllOrNothing(outDir, [
    { name: names.main, data: main.data },
    { name: names.thumb, data: thumb.data },
  ]);
  if (!written.ok) return { source, status: 'failed', error: written.error };
  return {
    source,
    status: 'done',
    main: { path: written.paths[0]!, info: main.info },
    thumb: { path: written.paths[1]!, info: thumb.info },
    ...(result.image.animated ? { animated: true as const } : {}),
  };
}

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', short: 'o' },
    json: { type: 'boolean', default: false },
    workers: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('name at least one file or folder to process.');
  if (!values.out) throw new UsageError('--out <dir> is required (where to write the results).');
  const workers = parseCount(values.workers, 'workers', 1, 64);
  const outDir = await prepareOutDir(values.out);

  const collected = await collectInputs(positionals, {
    maxBytes: DEFAULT_MAX_INPUT_BYTES,
    followGivenLinks: true,
  });
  const { kept, skipped } = selectInputs(collected.inputs, outDir);
  const presets = DEFAULT_PRESETS;
  const names = planOutputNames(
    kept.map((input) => input.source),
    presets,
  );
  const batch = new BatchReporter(io, values.json);
  const report = (index: number, r: FileReport): void => batch.put(index, r);

  const pool = new ImagePool({ launcher: nodeWorkerLauncher(), size: workers });
  const stop = (): void => void pool.close();
  ctx.signal?.addEventListener('abort', stop, { once: true });
  try {
    await Promise.all(
      kept.map(async (input, index) => {
        if (!input.ok)
          return report(index, { source: input.source, status: 'failed', error: input.error });
        const request = { path: input.file.path, presets, maxInputBytes: DEFAULT_MAX_INPUT_BYTES };
        // No per-file signal: on Ctrl-C, closing the pool cancels every file at once.
        const result = await pool.run(request);
        if (ctx.signal?.aborted) return;
        report(index, await finish(result, input.source, names[index]!, outDir));
      }),
    );
  } finally {
    ctx.signal?.removeEventListener('abort', stop);
    await pool.close();
  }
  const ignored = collected.ignored + skipped;
  if (ctx.signal?.aborted) {
    // Ctrl+C: what was finished is said, in order, with what was left undone.
    batch.drain();
    const { done, failed } = batch.counts;
    const stopped = kept.length - done - failed;
    io.out(
      values.json
        ? JSON.stringify({ summary: { done, failed, stopped } })
        : strings.cli.processStopped(done, failed, stopped, outDir),
    );
    return EXIT.interrupted;
  }
  return batch.finish(kept.length, (counts) =>
    strings.cli.processSummary(counts.done, counts.failed, outDir, ignored),
  );
}

export const processCommand: CliCommand = {
  summary: 'make the main image and thumbnail of every image into a folder',
  usage: USAGE,
  run,
};
