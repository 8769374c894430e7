/** What `upload` and `resume` share on the command line and in how they run a session. */
import type { UploadService } from '../core/service/upload-service';
import type { CommandContext } from './command';
import type { CliIo } from './io';
import type { SessionRun } from './session-run';

/** The options both commands take: the state folder, JSON lines and help. */
export const SESSION_OPTIONS = {
  'state-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The parts of a session run both commands fill the same way; each adds its own `start`. */
export function sessionRunBase(
  service: UploadService,
  io: CliIo,
  json: boolean,
  ctx: CommandContext,
  resumeHint: string,
): Omit<SessionRun, 'start'> {
  return { service, io, json, ...(ctx.signal ? { signal: ctx.signal } : {}), resumeHint };
}

/** The command that continues an interrupted run in `dir`. */
export function resumeHint(dir: string): string {
  return `npm run cli -- resume --state-dir ${JSON.stringify(dir)}`;
}
