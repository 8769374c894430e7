/** The app's state folder (its user-data folder): journal and history, or memory if unusable. */
import { cleanPastes } from '../core/clipboard/paste-file';
import { cleanDownloads } from '../core/links/downloads-folder';
import { makePrivateDir } from '../core/common/private-file';
import { StateLockedError } from '../core/persistence/state-notices';
import { StateStore } from '../core/persistence/state-store';
import { strings } from '../../shared/strings';

/**
 * Opens the state in `userData`. Another process holding it (the CLI) or a folder that cannot
 * be written leaves this run in memory: the batch works, and the person is told why nothing is
 * kept (and where a damaged file was moved).
 */
export function openAppState(
  userData: string,
  log: (line: string) => void,
  warn: (sentence: string) => void,
): StateStore {
  const onNotice = (line: string): void => {
    log(line);
    warn(line);
  };
  try {
    // The folder for its owner only, whether or not the state can be opened here.
    makePrivateDir(userData);
  } catch {
    // Cannot be created or changed: the state open below says what that means.
  }
  try {
    const state = StateStore.open(userData, { onNotice });
    // Old pastes nothing points to any more; only a state on disk knows what is pointed to.
    if (state.persistent) cleanPastes(userData, (folder) => state.pathsUnder(folder));
    // Downloaded links no row needs any more (History keeps their links, not the copies).
    if (state.persistent) cleanDownloads(userData, (folder) => state.pathsUnder(folder));
    return state;
  } catch (err) {
    if (!(err instanceof StateLockedError)) throw err;
    onNotice(strings.stateFolder.inMemory(err.message));
    return StateStore.inMemory({ onNotice });
  }
}
