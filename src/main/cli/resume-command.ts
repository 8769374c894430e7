/** `resume`: continue every unfinished file an interrupted `upload` left in the state folder. */
import { parseCommandArgs } from './args';
import { CLI_SESSION_PREFIX, cliService, connect } from './cli-service';
import type { CliCommand, CommandContext } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { resumeHint, SESSION_OPTIONS, sessionRunBase } from './session-options';
import { finish, runSession, type RunCounts } from './session-run';
import { defaultStateDir, openCliState } from './state-dir';
import { connectionFromEnv, ENV_HELP } from './upload-env';
import { strings } from '../../shared/strings';

const USAGE = `Usage: npm run cli -- resume [--state-dir DIR] [--create] [--json]

Continues every file an interrupted \`upload\` (Ctrl+C, a crash, kill -9, a power cut) left
unfinished, with the folder, tags and presets that run used. A variant that reached ImageKit
is not sent again. Prints the same lines, summary and exit codes as \`upload\`.

  --state-dir <dir>   the state folder the upload used (default: the desktop app's folder,
                      ${defaultStateDir()}); one with no state is refused
  --create            start an empty state folder there instead
  --json              one JSON object per file, then a summary line
  --help, -h          show this help

${ENV_HELP}`;

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...SESSION_OPTIONS,
    create: { type: 'boolean', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) {
    throw new UsageError('resume takes no file names; it continues what the state folder holds.');
  }
  const env = connectionFromEnv(ctx.env ?? process.env);
  const state = openCliState(values, io, ctx.env ?? process.env, false);
  if (!state) return EXIT.someFailed;
  try {
    state.dropFinished(CLI_SESSION_PREFIX);
    const sessions = state.unfinishedSessions(CLI_SESSION_PREFIX);
    if (sessions.length === 0) io.err(strings.cli.nothingToResume(state.dir));
    const total: RunCounts = { done: 0, skipped: 0, failed: 0 };
    for (const session of sessions) {
      const service = cliService(state, session);
      try {
        await connect(service, env.patch, env.privateKey);
        const counts = await runSession({
          ...sessionRunBase(service, io, values.json, ctx, resumeHint(state.dir)),
          start: async () => (await service.getJobs()).jobs.map((job) => job.id),
        });
        if (!counts) return EXIT.interrupted;
        total.done += counts.done;
        total.skipped += counts.skipped;
        total.failed += counts.failed;
      } finally {
        await service.close();
      }
    }
    return finish(io, values.json, total);
  } finally {
    state.close();
  }
}

export const resumeCommand: CliCommand = {
  summary: 'continue the files an interrupted upload left unfinished',
  usage: USAGE,
  run,
};
