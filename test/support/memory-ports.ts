/** In-memory stand-ins for the storage ports, for services built in tests and the harness. */
import type { SecretStore, SettingsStore } from '../../src/main/core/ports';
import type { SecretProtection } from '../../src/shared/settings';

/** Settings kept in memory, cloned as electron-store would serialise them. */
export function memorySettings(): SettingsStore {
  let stored: unknown;
  return { load: () => stored, save: (s) => void (stored = structuredClone(s)) };
}

/** A private key kept in memory, reporting the given protection. */
export function memorySecrets(protection: SecretProtection = 'os'): SecretStore {
  let key: string | null = null;
  return { get: () => key, set: (v) => void (key = v), protection: () => protection };
}
