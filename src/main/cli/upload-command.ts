/** `upload <files or folders...>`: process and upload through the same service the app runs. */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { UPLOAD_CONCURRENCY } from '../../shared/limits';
import { parseCommandArgs, parseCount } from './args';
import type { CliCommand, CommandContext } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { CLI_SESSION_PREFIX, cliService, connect, forceKey } from './cli-service';
import { resumeHint, SESSION_OPTIONS, sessionRunBase } from './session-options';
import { finish, runSession } from './session-run';
import { defaultStateDir, openCliState } from './state-dir';
import { connectionFromEnv, ENV_HELP } from './upload-env';
import { destinationFromFlags, DESTINATION_OPTIONS } from './destination-flags';
import { strings } from '../../shared/strings';
import { metadataFits } from './metadata-flag';
import { MAX_ALT_CHARS, type AltText } from '../../shared/alt';
import type { JobId } from '../../shared/jobs';
import type { UploadService } from '../core/service/upload-service';

const USAGE = `Usage: npm run cli -- upload <files, folders or links...> [--folder /path] [--tags a,b] [--alt TEXT] [--metadata FILE.csv] [--concurrency n] [--state-dir DIR] [--force] [--json]

Makes both variants of every image (searching folders recursively) and uploads them to ImageKit,
or to any compatible server. An http(s) link is downloaded once and goes on like a file; its
JSON line names the link as its source. Stored names are derived from each file's content, so running the
same command again replaces files instead of duplicating them. A file whose content, variant
presets and destination are already in the history is skipped ("status":"skipped", with the
earlier links) and costs no request.

  --folder <path>     destination folder on ImageKit (default /)
  --tags <a,b>        tags for every uploaded file
  --metadata <csv>    a sidecar with a row per file: file, alt, decorative, tags, folder and
                      any custom metadata field by its name; checked before anything is
                      sent (each problem a line, "status":"invalid" with --json, exit 2)
  --alt <text>        the same alt text for every file (sent as its description on
                      ImageKit, kept in the history); at most ${MAX_ALT_CHARS} characters
  --concurrency <n>   files uploading at once, ${UPLOAD_CONCURRENCY.min}-${UPLOAD_CONCURRENCY.max} (default ${UPLOAD_CONCURRENCY.default})
  --state-dir <dir>   where the journal and the history live (default: the desktop app's
                      folder, ${defaultStateDir()})
  --force             upload files again even if the history has them
  --deadline <s>      seconds a file may spend on failed tries before it fails, 1-3600
                      (default 180); time offline does not count
  --json              one JSON object per input (with url and fileId), then a summary line
  --help, -h          show this help

Ctrl+C stops and keeps the state; \`resume\` continues the unfinished files.

While ImageKit cannot be reached at all (connection refused, DNS failure, no network), files
wait instead of failing, and a line on stderr says so every 10 s.

${ENV_HELP}

Exit codes: 0 all uploaded (or skipped), 1 some failed, 2 usage error, 130 stopped by Ctrl+C.`;

function altFromFlag(value: string | undefined): AltText | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (text === '' || text.length > MAX_ALT_CHARS || /[\p{Cc}\u2028\u2029]/u.test(text)) {
    throw new UsageError(strings.cli.badAlt(MAX_ALT_CHARS));
  }
  return { text };
}

/**
 * Whether an argument is meant as a link (`scheme://…`): http(s) ones are downloaded, and any
 * other scheme gets its failed line saying so, rather than "does not exist" as a path.
 */
function isLinkArgument(arg: string): boolean {
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg);
}

/**
 * Adds what the command line names, in its order: paths typed by the person at this machine
 * (relative to where they are, network paths allowed) and http(s) links, downloaded once (the
 * person's own, so the local network is theirs to reach).
 */
async function addInputs(
  service: UploadService,
  inputs: readonly string[],
  alt: AltText | undefined,
  sidecar: string | undefined,
): Promise<JobId[]> {
  const added: JobId[] = [];
  for (let i = 0; i < inputs.length;) {
    const links = isLinkArgument(inputs[i] as string);
    let end = i;
    while (end < inputs.length && isLinkArgument(inputs[end] as string) === links) end += 1;
    const run = inputs.slice(i, end);
    const result = links
      ? await service.addChosenLinks(run, alt)
      : await service.addChosenPaths(
          run.map((p) => resolve(p)),
          alt,
          sidecar,
        );
    added.push(...result.added);
    i = end;
  }
  return added;
}

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...SESSION_OPTIONS,
    ...DESTINATION_OPTIONS,
    concurrency: { type: 'string' },
    deadline: { type: 'string' },
    force: { type: 'boolean', default: false },
    alt: { type: 'string' },
    metadata: { type: 'string' },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length === 0)
    throw new UsageError('name at least one file, folder or link to upload.');
  const env = connectionFromEnv(ctx.env ?? process.env);
  const deadline = parseCount(values.deadline, 'deadline', 1, 3600);
  const alt = altFromFlag(values.alt);
  const upload = {
    ...destinationFromFlags(values),
    concurrency:
      parseCount(
        values.concurrency,
        'concurrency',
        UPLOAD_CONCURRENCY.min,
        UPLOAD_CONCURRENCY.max,
      ) ?? UPLOAD_CONCURRENCY.default,
    autoUpload: true,
  };

  const state = openCliState(values, io, ctx.env ?? process.env, true);
  if (!state) return EXIT.someFailed;
  try {
    // Earlier runs' finished rows were reported then and are in the history.
    state.dropFinished(CLI_SESSION_PREFIX);
    const session = `${CLI_SESSION_PREFIX}${randomUUID()}`;
    if (values.force) state.setMeta(forceKey(session), '1');
    const service = cliService(
      state,
      session,
      deadline === undefined ? {} : { deadlineSeconds: deadline },
    );
    try {
      await connect(service, { ...env.patch, upload }, env.privateKey);
      const paths = positionals.filter((p) => !isLinkArgument(p));
      const sidecar = values.metadata === undefined ? undefined : resolve(values.metadata);
      if (sidecar && !(await metadataFits(service, sidecar, paths, io, values.json))) {
        return EXIT.usage;
      }
      const counts = await runSession({
        ...sessionRunBase(service, io, values.json, ctx, resumeHint(state.dir)),
        start: async () => {
          const added = await addInputs(service, positionals, alt, sidecar);
          if (added.length === 0) io.err(strings.cli.noImages);
          return added;
        },
      });
      return finish(io, values.json, counts);
    } finally {
      await service.close();
    }
  } finally {
    state.close();
  }
}

export const uploadCommand: CliCommand = {
  summary: 'make both variants of every image and upload them to ImageKit',
  usage: USAGE,
  run,
};
