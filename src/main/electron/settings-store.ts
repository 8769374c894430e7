import Store from 'electron-store';
import type { SettingsStore } from '../core/ports';

/** Settings on disk (userData/settings.json); core validates what it reads back. */
export function createSettingsStore(): SettingsStore {
  const store = new Store<{ settings?: unknown }>({ name: 'settings' });
  return {
    load: () => store.get('settings'),
    save: (settings) => store.set('settings', settings),
  };
}
