import type { CliIo } from './io';
import { historyCommand } from './history-command';
import { processCommand } from './process-command';
import { resumeCommand } from './resume-command';
import { serveCommand } from './serve-command';
import { uploadCommand } from './upload-command';

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

/** The subcommands, by name; a new one is added here. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  process: processCommand,
  upload: uploadCommand,
  resume: resumeCommand,
  history: historyCommand,
  serve: serveCommand,
};
