/** What every subcommand is, and what it is given. */
import type { CliIo } from './io';

export interface CommandContext {
  /** Aborted on Ctrl-C: stop work, leave no partial output. */
  readonly signal?: AbortSignal;
  /** Environment variables (process.env unless a test passes its own). */
  readonly env?: NodeJS.ProcessEnv;
}

/** A subcommand; each lives in its own file and is listed in COMMANDS. */
export interface CliCommand {
  readonly summary: string;
  readonly usage: string;
  /** Returns the exit code; throws UsageError for a wrong command line. */
  run(args: readonly string[], io: CliIo, ctx: CommandContext): Promise<number>;
}
