import type { SettingsStore } from '../core/ports';
import { PRIVATE_FILE_MODE, restrictToOwner } from '../core/common/private-file';
import { openJsonStore } from './json-store';

/**
 * Settings on disk (userData/settings.json, owner-only); core validates what it reads back. A damaged file is
 * moved aside and the app starts with defaults; `onMovedAside` tells the person.
 */
export function createSettingsStore(
  onMovedAside: (file: string, movedTo: string) => void,
): SettingsStore {
  const store = openJsonStore<{ settings?: unknown }>(
    { name: 'settings', configFileMode: PRIVATE_FILE_MODE },
    onMovedAside,
  );
  // Written 0600 from now on; a file an older version left 0644 is narrowed at once.
  restrictToOwner(store.path);
  return {
    load: () => store.get('settings'),
    save: (settings) => store.set('settings', settings),
  };
}
