/** Sentences about the state folder, for the app's log and the CLI's stderr. */
import type { UserError } from '../../../shared/errors';
import { strings } from '../../../shared/strings';

const t = strings.stateFolder;

export const stateNotices = {
  movedAside: t.movedAside,
  readOnly: t.readOnly,
  writeFailed: t.writeFailed,
  newerSchema: t.newerSchema,
  locked: t.locked,
} as const;

/** Thrown when another process holds the state folder. */
export class StateLockedError extends Error {
  override readonly name = 'StateLockedError';
}

/** Rows a restored session gets for sources that are not what they were. */
export const resumeErrors = {
  vanished: (): UserError => ({
    code: 'vanished',
    message: t.vanished,
  }),
  changed: (): UserError => ({
    code: 'source-changed',
    message: t.changed,
  }),
} as const;
