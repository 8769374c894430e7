/**
 * The local upload server's key, kept apart from the other settings: in the secret store like
 * the private key (safeStorage in the app, memory in the CLI, which reads it anew each run),
 * never in settings.json or in the CLI's settings rows in state.db. Everywhere else it is an
 * ordinary setting (`integrations.picgo.key`), shown in Settings so it can be pasted.
 */
import type { Settings } from '../../../shared/settings';
import type { SecretStore, SettingsStore } from '../ports';
import { settingsFromStored, parseSettingsPatch } from './settings-rules';

/** A secret store that lives as long as the process. */
function memoryStore(): SecretStore {
  let value: string | null = null;
  return { get: () => value, set: (v) => void (value = v), protection: () => 'plain' };
}

function withKey(settings: Settings, key: string): Settings {
  const picgo = { ...settings.integrations.picgo, key };
  return { ...settings, integrations: { ...settings.integrations, picgo } };
}

/** A key from the store, checked like one from Settings (an unusable one counts as none). */
function validKey(stored: string | null): string {
  if (!stored) return '';
  try {
    return (
      parseSettingsPatch({ integrations: { picgo: { key: stored } } }).integrations?.picgo?.key ??
      ''
    );
  } catch {
    return '';
  }
}

/** Saves settings without the server key, and the key on its own. */
export class ServerKeyStore {
  private readonly secrets: SecretStore;
  private saved: string;

  constructor(secrets: SecretStore | undefined) {
    this.secrets = secrets ?? memoryStore();
    this.saved = validKey(this.secrets.get());
  }

  /**
   * The stored settings with the key put back. A key an older version kept among the settings
   * moves to the secret store, and the settings are saved again without it.
   */
  loadInto(store: SettingsStore): Settings {
    const settings = settingsFromStored(store.load());
    const legacy = settings.integrations.picgo.key;
    if (legacy === '') return withKey(settings, this.saved);
    const key = this.saved || legacy;
    this.save(withKey(settings, key), store);
    return withKey(settings, key);
  }

  /** Saves `settings` without the key; the key goes to the secret store when it changed. */
  save(settings: Settings, store: SettingsStore): void {
    const { key } = settings.integrations.picgo;
    if (key !== this.saved) {
      this.secrets.set(key === '' ? null : key);
      this.saved = key;
    }
    store.save(withKey(settings, ''));
  }
}
