/**
 * `watch <folder>`: uploads every new image file that appears in a folder (an export folder, say)
 * once it is complete, until Ctrl+C. One line per file, like `upload`.
 */
import { randomUUID } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { JobId } from '../../shared/jobs';
import { strings } from '../../shared/strings';
import { parseSettingsPatch } from '../core/settings/settings-rules';
import { FolderWatch } from '../core/watch/folder-watch';
import { watchedSinceKey } from '../core/watch/watch-controller';
import { parseCommandArgs } from './args';
import { CLI_SESSION_PREFIX, cliService, connect } from './cli-service';
import type { CliCommand, CommandContext } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { reportOffline } from './offline-notice';
import { BatchReporter } from './report';
import { resumeHint, SESSION_OPTIONS } from './session-options';
import { finish, jobLines } from './session-run';
import { openCliState } from './state-dir';
import { connectionFromEnv, ENV_HELP } from './upload-env';

const USAGE = `Usage: npm run cli -- watch <folder> [--folder /path] [--tags a,b] [--state-dir DIR] [--json]

Watches a folder and its subfolders until Ctrl+C. Every new image file is uploaded once it is
complete (its size and time have not changed for 2 seconds, so a file still being written is
never taken). Files already in the folder are left alone, except those changed since the last
watch of the same folder with the same --state-dir. Renaming or removing a file sends nothing,
and a file the history already has is skipped, as with \`upload\`.

  --folder <path>     destination folder on ImageKit (default /)
  --tags <a,b>        tags for every uploaded file
  --state-dir <dir>   where the journal and the history live (default: the desktop app's folder)
  --json              one JSON object per file (with url and fileId), then a summary line
  --help, -h          show this help

${ENV_HELP}

Exit codes: 130 when stopped by Ctrl+C (the normal end), 1 if the folder cannot be watched,
2 usage error.`;

function uploadPatch(folder: string | undefined, tags: string | undefined) {
  try {
    return parseSettingsPatch({
      upload: {
        ...(folder !== undefined ? { folder } : {}),
        ...(tags !== undefined
          ? {
              tags: tags
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            }
          : {}),
        autoUpload: true,
      },
    }).upload;
  } catch (err) {
    throw new UsageError((err as Error).message, { cause: err });
  }
}

async function folderToWatch(given: string): Promise<string> {
  const dir = resolve(given);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(strings.cli.watchNotFolder(given));
  return dir;
}

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...SESSION_OPTIONS,
    folder: { type: 'string' },
    tags: { type: 'string' },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('name the one folder to watch.');
  const dir = await folderToWatch(positionals[0] as string);
  const env = connectionFromEnv(ctx.env ?? process.env);
  const upload = uploadPatch(values.folder, values.tags);
  const state = openCliState(values, io, ctx.env ?? process.env, true);
  if (!state) return EXIT.someFailed;
  try {
    state.dropFinished(CLI_SESSION_PREFIX);
    const service = cliService(state, `${CLI_SESSION_PREFIX}${randomUUID()}`, {});
    try {
      await connect(service, { ...env.patch, upload }, env.privateKey);
      const lastSeen = state.getMeta(watchedSinceKey(dir));
      const counts = await watchUntilStopped(service, io, values.json, ctx.signal, {
        dir,
        newSince: lastSeen === null ? null : Number(lastSeen),
        resumeHint: resumeHint(state.dir),
        remember: (time) => state.setMeta(watchedSinceKey(dir), String(time)),
      });
      if (counts === 'failed') return EXIT.someFailed;
      finish(io, values.json, counts);
      return EXIT.interrupted;
    } finally {
      await service.close();
    }
  } finally {
    state.close();
  }
}

interface WatchPlan {
  readonly dir: string;
  readonly newSince: number | null;
  /** What `resume` needs on its command line. */
  readonly resumeHint: string;
  /** Keeps the time up to which the folder has been watched. */
  remember(time: number): void;
}

type Service = ReturnType<typeof cliService>;

/** Watches until Ctrl+C, reporting each file as it finishes; 'failed' when watching stops. */
async function watchUntilStopped(
  service: Service,
  io: CliIo,
  json: boolean,
  signal: AbortSignal | undefined,
  plan: WatchPlan,
) {
  const batch = new BatchReporter(io, json, true);
  const { order, reported, report } = jobLines(batch);
  const unsubscribe = service.onJobs((update) => update.jobs.forEach(report));
  const stopOfflineNotice = reportOffline(service, io, (await service.getSettings()).connection);
  let failure: Error | null = null;
  let stop: () => void = () => {};
  const stopped = new Promise<void>((r) => (stop = r));
  signal?.addEventListener('abort', stop, { once: true });
  // The files this watch took, with their times and rows: one not done is taken again next time.
  const taken = new Map<string, { readonly mtimeMs: number; ids: readonly JobId[] | null }>();
  const add = async (path: string, mtimeMs: number): Promise<void> => {
    const entry = { mtimeMs, ids: null as readonly JobId[] | null };
    taken.set(path, entry);
    const { added } = await service.addChosenPaths([path]);
    entry.ids = added;
    for (const id of added) order.set(id, order.size);
    (await service.getJobs()).jobs.forEach(report);
  };
  let watch: FolderWatch | null = null;
  try {
    watch = await FolderWatch.start({
      dir: plan.dir,
      newSince: plan.newSince,
      onExisting: (paths) => {
        if (paths.length > 0) io.err(strings.cli.watchLeft(paths.length, plan.dir));
        io.err(strings.cli.watching(plan.dir));
      },
      onFile: (path, mtimeMs) => void add(path, mtimeMs),
      onError: (err) => {
        failure = err;
        stop();
      },
    });
    if (!signal?.aborted) await stopped;
    if (failure) {
      io.err(strings.cli.watchStopped(plan.dir, (failure as Error).message));
      return 'failed' as const;
    }
    // Files that finished since the last pushed update are reported too; the rest stay in the
    // journal for `resume`, as after Ctrl+C in `upload`.
    const { jobs: last } = await service.getJobs();
    last.forEach(report);
    batch.drain();
    // What this watch handled is old to the next one; a file still settling, or taken but not
    // done (failed, unfinished, or not yet in the list), is not.
    const jobs = new Map(last.map((job) => [job.id, job]));
    let until = watch.seenUntil(Date.now());
    for (const { mtimeMs, ids } of taken.values()) {
      const done = ids !== null && ids.every((id) => jobs.get(id)?.status === 'done');
      if (!done) until = Math.min(until, mtimeMs - 1);
    }
    plan.remember(until);
    const left = order.size - reported.size;
    if (left > 0) io.err(strings.cli.stopped(left, plan.resumeHint));
    return batch.counts;
  } finally {
    await watch?.close();
    unsubscribe();
    stopOfflineNotice();
    signal?.removeEventListener('abort', stop);
  }
}

export const watchCommand: CliCommand = {
  summary: 'upload every new image that appears in a folder, until Ctrl+C',
  usage: USAGE,
  run,
};
