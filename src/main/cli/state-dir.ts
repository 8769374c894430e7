/** Where the CLI keeps its state: `--state-dir`, or the desktop app's own user-data folder. */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { APP_NAME } from '../../shared/app-name';
import { cleanPastes } from '../core/clipboard/paste-file';
import { StateLockedError, StateStore } from '../core/persistence';
import type { CliIo } from './io';
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

/** Opens the state folder, printing notices on stderr; null (after saying why) when it is held. */
export function openCliState(
  stateDir: string | undefined,
  io: CliIo,
  env: NodeJS.ProcessEnv,
): StateStore | null {
  const dir = stateDir ? resolve(stateDir) : defaultStateDir(env);
  try {
    const state = StateStore.open(dir, { onNotice: (line) => io.err(strings.cli.note(line)) });
    // The app's old pastes nothing points to any more (the app is not running: it would hold
    // the folder); only a state on disk knows what is pointed to.
    if (state.persistent) cleanPastes(dir, (folder) => state.pathsUnder(folder));
    return state;
  } catch (err) {
    if (err instanceof StateLockedError) {
      io.err(strings.cli.error(err.message));
      return null;
    }
    throw err;
  }
}
