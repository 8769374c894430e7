import type { CliCommand } from './command';
import { historyCommand } from './history-command';
import { processCommand } from './process-command';
import { resumeCommand } from './resume-command';
import { serveCommand } from './serve-command';
import { teamSetupCommand } from './team-setup-command';
import { uploadCommand } from './upload-command';
import { watchCommand } from './watch-command';

/** The subcommands, by name; a new one is added here. */
export const COMMANDS: Readonly<Record<string, CliCommand>> = {
  process: processCommand,
  upload: uploadCommand,
  resume: resumeCommand,
  history: historyCommand,
  serve: serveCommand,
  watch: watchCommand,
  'team-setup': teamSetupCommand,
};
