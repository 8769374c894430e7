/** `upload <files or folders...>`: process and upload through the same service the app runs. */
import type { Job, JobId, UploadedVariant } from '../../shared/jobs';
import { createUploader } from '../core/imagekit';
import { ImagePool, nodeWorkerLauncher } from '../core/images';
import { MAX_CONCURRENCY, parseSettingsPatch } from '../core/settings';
import { UploadService } from '../core/service';
import { parseCommandArgs, parseCount } from './args';
import type { CliCommand, CommandContext } from './commands';
import { EXIT, UsageError, type CliIo } from './io';
import {
  humanLine,
  jsonLine,
  OrderedPrinter,
  type FileReport,
  type WrittenVariant,
} from './report';
import { connectionFromEnv } from './upload-env';

const USAGE = `Usage: npm run cli -- upload <files or folders...> [--folder /path] [--tags a,b] [--concurrency n] [--json]

Makes both variants of every image (searching folders recursively) and uploads them to ImageKit,
or to any compatible server. Stored names are derived from each file's content, so running the
same command again replaces files instead of duplicating them.

  --folder <path>     destination folder on ImageKit (default /)
  --tags <a,b>        tags for every uploaded file
  --concurrency <n>   files uploading at once, 1-${MAX_CONCURRENCY} (default 3)
  --json              one JSON object per input (with url and fileId), then a summary line
  --help, -h          show this help

Environment:
  IMAGEKIT_PRIVATE_KEY     private key (or use IMAGEKIT_AUTH_ENDPOINT instead)
  IMAGEKIT_PUBLIC_KEY      public key (needed with an auth endpoint)
  IMAGEKIT_URL_ENDPOINT    e.g. https://ik.imagekit.io/your_id
  IMAGEKIT_UPLOAD_URL      upload endpoint (default ImageKit's)
  IMAGEKIT_API_URL         API root for checks (default ImageKit's)
  IMAGEKIT_AUTH_ENDPOINT   your server's URL returning {token, expire, signature}

Exit codes: 0 all uploaded, 1 some failed, 2 usage error.`;

function written(v: UploadedVariant): WrittenVariant {
  return { path: v.filePath, info: v, url: v.url, fileId: v.fileId };
}

/** The report for a job that will not change any more, or null while it is still moving. */
function finalReport(job: Job): FileReport | null {
  switch (job.status) {
    case 'done':
      return {
        source: job.file.path,
        status: 'done',
        main: written(job.uploaded.main),
        thumb: written(job.uploaded.thumb),
      };
    case 'failed':
      return { source: job.file.path, status: 'failed', error: job.error };
    default:
      return null;
  }
}

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    folder: { type: 'string' },
    tags: { type: 'string' },
    concurrency: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('name at least one file or folder to upload.');
  const env = connectionFromEnv(ctx.env ?? process.env);
  let upload;
  try {
    upload = parseSettingsPatch({
      upload: {
        ...(values.folder !== undefined ? { folder: values.folder } : {}),
        ...(values.tags !== undefined
          ? {
              tags: values.tags
                .split(',')
                .map((t) => t.trim())
                .filter(Boolean),
            }
          : {}),
        concurrency: parseCount(values.concurrency, 'concurrency', 1, MAX_CONCURRENCY) ?? 3,
        autoUpload: true,
      },
    }).upload;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError((err as Error).message, { cause: err });
  }

  let stored: unknown;
  let key = env.privateKey;
  const service = new UploadService({
    images: new ImagePool({ launcher: nodeWorkerLauncher() }),
    settingsStore: { load: () => stored, save: (s) => void (stored = s) },
    secrets: { get: () => key, set: (v) => void (key = v), protection: () => 'plain' },
    platform: {
      pickPaths: async () => [],
      openExternal: async () => {},
      saveFile: async () => null,
    },
    uploaderFactory: createUploader,
    updateIntervalMs: 50,
  });
  await service.updateSettings({ ...env.patch, upload });

  const printer = new OrderedPrinter(io);
  const counts = { done: 0, failed: 0 };
  const order = new Map<JobId, number>();
  const reported = new Set<JobId>();
  const report = (job: Job): void => {
    const index = order.get(job.id);
    const r = finalReport(job);
    if (index === undefined || !r || reported.has(job.id)) return;
    reported.add(job.id);
    counts[r.status] += 1;
    printer.put(index, values.json ? jsonLine(r) : humanLine(r));
  };
  service.onJobs((update) => update.jobs.forEach(report));
  const stop = (): void => void service.cancelAll();
  ctx.signal?.addEventListener('abort', stop, { once: true });
  try {
    const { added } = await service.addPaths(positionals);
    added.forEach((id, index) => order.set(id, index));
    // Rows that failed validation may have been pushed before their order was known.
    (await service.getJobs()).jobs.forEach(report);
    await service.idle();
    (await service.getJobs()).jobs.forEach(report);
    if (ctx.signal?.aborted) return EXIT.interrupted;
    if (values.json) io.out(JSON.stringify({ summary: counts }));
    else io.out(`${counts.done} uploaded, ${counts.failed} failed.`);
    if (added.length === 0) io.err('No image files were found in the given paths.');
    return counts.failed > 0 ? EXIT.someFailed : EXIT.ok;
  } finally {
    ctx.signal?.removeEventListener('abort', stop);
    await service.close();
  }
}

export const uploadCommand: CliCommand = {
  summary: 'make both variants of every image and upload them to ImageKit',
  usage: USAGE,
  run,
};
