import type { CommandContext } from './command';
import { COMMANDS } from './commands';
import { EXIT, UsageError, type CliIo } from './io';
import { strings } from '../../shared/strings';

function generalUsage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, cmd]) => `  ${name.padEnd(width)}  ${cmd.summary}`,
  );
  return [
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run a command with --help for its options.',
  ].join('\n');
}

/** Runs the CLI with these arguments and returns the exit code; never throws. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  ctx: CommandContext = {},
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(generalUsage());
    return EXIT.ok;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  try {
    if (!command) {
      throw new UsageError(name === undefined ? 'name a command.' : `unknown command "${name}".`);
    }
    return await command.run(rest, io, ctx);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(strings.cli.usageError(err.message));
      return EXIT.usage;
    }
    // Not a usage problem and not a per-file failure: a bug. Say so in one line, no stack.
    io.err(strings.cli.crashed(err instanceof Error ? err.message : String(err)));
    return EXIT.someFailed;
  }
}
