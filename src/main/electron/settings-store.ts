import type { SettingsStore } from '../core/ports';
import { openJsonStore } from './json-store';

/**
 * Settings on disk (userData/settings.json); core validates what it reads back. A damaged file is
 * moved aside and the app starts with defaults; `onMovedAside` tells the person.
 */
export function createSettingsStore(
  onMovedAside: (file: string, movedTo: string) => void,
): SettingsStore {
  const store = openJsonStore<{ settings?: unknown }>({ name: 'settings' }, onMovedAside);
  return {
    load: () => store.get('settings'),
    save: (settings) => store.set('settings', settings),
  };
}
