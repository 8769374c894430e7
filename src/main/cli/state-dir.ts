/** Where the CLI keeps its state: `--state-dir`, or the desktop app's own user-data folder. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_NAME } from '../../shared/app-name';
import { cleanPastes } from '../core/clipboard/paste-file';
import { cleanDownloads } from '../core/links/downloads-folder';
import { StateLockedError, StateStore } from '../core/persistence';
import { UsageError, type CliIo } from './io';
import { strings } from '../../shared/strings';

/**
 * The folder Electron's app.getPath('userData') gives the app: the platform's per-user
 * application-data folder plus the app's name.
 */
export function defaultStateDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  let appData: string;
  if (platform === 'win32') appData = env.APPDATA || join(home, 'AppData', 'Roaming');
  else if (platform === 'darwin') appData = join(home, 'Library', 'Application Support');
  else appData = env.XDG_CONFIG_HOME || join(home, '.config');
  return join(appData, APP_NAME);
}

/** The state folder options a command takes: --state-dir, and --create where it only reads. */
export interface StateDirOptions {
  readonly 'state-dir'?: string | undefined;
  readonly create?: boolean | undefined;
}

/**
 * The folder, and whether it holds no state yet. A --state-dir with no state in it is most
 * likely mistyped: a command that only reads or continues state refuses it unless --create says
 * to start one there.
 */
function chooseStateDir(
  values: StateDirOptions,
  env: NodeJS.ProcessEnv,
  makesState: boolean,
): { readonly dir: string; readonly fresh: boolean } {
  const named = values['state-dir'] !== undefined;
  const dir = named ? resolve(values['state-dir'] as string) : defaultStateDir(env);
  const fresh = !StateStore.exists(dir);
  if (fresh && named && !makesState && !values.create) {
    throw new UsageError(strings.cli.noState(dir));
  }
  return { dir, fresh };
}

/** What the system says when a folder cannot be made or written there. */
const FOLDER_ERRORS = new Set(['ENOTDIR', 'EEXIST', 'ENOENT', 'EACCES', 'EPERM', 'EROFS']);

function open(dir: string, io: CliIo): StateStore | null {
  try {
    const state = StateStore.open(dir, { onNotice: (line) => io.err(strings.cli.note(line)) });
    // The app's old pastes nothing points to any more (the app is not running: it would hold
    // the folder); only a state on disk knows what is pointed to.
    if (state.persistent) cleanPastes(dir, (folder) => state.pathsUnder(folder));
    if (state.persistent) cleanDownloads(dir, (folder) => state.pathsUnder(folder));
    return state;
  } catch (err) {
    if (err instanceof StateLockedError) {
      io.err(strings.cli.error(err.message));
      return null;
    }
    // The folder cannot be made or written (a file, a read-only or impossible path).
    const code = (err as NodeJS.ErrnoException).code;
    if (code && FOLDER_ERRORS.has(code)) {
      throw new UsageError(strings.cli.stateDirUnusable(dir, code), { cause: err });
    }
    throw err;
  }
}

/**
 * Opens the state folder to write, printing notices on stderr; null (after saying why) when
 * another process writes it. `makesState`: the command starts work of its own (upload, serve),
 * so a named folder with no state is started there.
 */
export function openCliState(
  values: StateDirOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv,
  makesState: boolean,
): StateStore | null {
  return open(chooseStateDir(values, env, makesState).dir, io);
}

/**
 * Opens the state folder to read only, so it works while the app or another command writes
 * it; null when the folder holds no state yet (nothing is created unless --create says so).
 */
export function readCliState(
  values: StateDirOptions,
  io: CliIo,
  env: NodeJS.ProcessEnv,
): StateStore | null {
  const { dir, fresh } = chooseStateDir(values, env, false);
  if (fresh) {
    if (!values.create) return null;
    open(dir, io)?.close();
  }
  try {
    return StateStore.read(dir, { onNotice: (line) => io.err(strings.cli.note(line)) });
  } catch (err) {
    if (err instanceof StateLockedError) throw new UsageError(err.message, { cause: err });
    // Damaged, or not the uploader's: most likely --state-dir names the wrong folder.
    throw new UsageError(strings.cli.unreadableState(dir), { cause: err });
  }
}
