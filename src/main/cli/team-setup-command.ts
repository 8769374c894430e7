/**
 * `team-setup`: creates the team duplicate check's custom metadata field on the account in the
 * IMAGEKIT_* variables, once; running it again finds the field by name and changes nothing.
 */
import { strings } from '../../shared/strings';
import { TEAM_SHA_FIELD } from '../../shared/team-check';
import { memorySession } from '../core/service/memory-session';
import { TeamCheck } from '../core/service/team-check';
import { parseCommandArgs } from './args';
import type { CliCommand, CommandContext } from './command';
import { EXIT, UsageError, type CliIo } from './io';
import { connectionFromEnv, ENV_HELP } from './upload-env';

const USAGE = `Usage: npm run cli -- team-setup [--json]

Sets up the team duplicate check: creates the custom metadata field "${TEAM_SHA_FIELD}" (Text) on
the ImageKit account, in which every upload then records its picture's SHA-256. From then on
\`upload\` asks ImageKit which pictures the destination folder already holds, whichever computer
sent them, skips those ("status":"skipped" with the links found) and sends no request for them.
Running it again changes nothing. Needs the private key (signed uploads cannot create fields).

  --json        one JSON line: {"field": "${TEAM_SHA_FIELD}", "created": true|false}
  --help, -h    show this help

${ENV_HELP}

Exit codes: 0 set up (now or before), 1 ImageKit refused or could not be reached, 2 usage error.`;

async function run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError('team-setup takes no files or folders.');
  const t = strings.teamCheck;
  const env = connectionFromEnv(ctx.env ?? process.env);
  // Held in memory for this run only: the key is never written anywhere.
  const session = memorySession(env.patch, env.privateKey, { fixes: strings.fixes.cli });
  const team = new TeamCheck(session, () => {});
  const { view, created } = await team.setUp();
  if (view.state === 'local-only') {
    io.err(t.cliNeedsKey);
    return EXIT.usage;
  }
  if (view.state !== 'ready') {
    io.err(t.cliFailed(view.state === 'unavailable' ? view.message : ''));
    return EXIT.someFailed;
  }
  io.out(
    values.json
      ? JSON.stringify({ field: TEAM_SHA_FIELD, created })
      : created
        ? t.cliCreated(TEAM_SHA_FIELD)
        : t.cliExists(TEAM_SHA_FIELD),
  );
  return EXIT.ok;
}

export const teamSetupCommand: CliCommand = {
  summary: 'create the custom metadata field the team duplicate check uses (once)',
  usage: USAGE,
  run,
};
