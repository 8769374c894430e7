import { safeStorage } from 'electron';
import type { SecretStore } from '../core/ports';
import { PRIVATE_FILE_MODE, restrictToOwner } from '../core/common/private-file';
import type { SecretProtection } from '../../shared/settings';
import { strings } from '../../shared/strings';
import { openJsonStore } from './json-store';

type SecretsFile = { privateKey?: string; serverKey?: string };

function protection(): SecretProtection {
  if (!safeStorage.isEncryptionAvailable()) return 'plain';
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return 'plain';
  }
  return 'os';
}

/**
 * The secrets, encrypted with the OS (Keychain, DPAPI, libsecret/kwallet), in one file written
 * owner-only: the private key, and the local upload server's key. On Linux without a keyring
 * Electron falls back to a fixed key ("basic_text"): the user is told before saving the private
 * key and offered to keep it for the session only (core keeps that one in memory).
 */
export function createSecretStores(onMovedAside: (file: string, movedTo: string) => void): {
  readonly privateKey: SecretStore;
  readonly serverKey: SecretStore;
} {
  const store = openJsonStore<SecretsFile>(
    { name: 'secrets', configFileMode: PRIVATE_FILE_MODE },
    onMovedAside,
  );
  restrictToOwner(store.path);
  /** Where the server key lives when the OS offers no encryption at all: this run only. */
  let serverKeyThisRun: string | null = null;
  const read = (field: keyof SecretsFile): string | null => {
    const stored = store.get(field);
    if (typeof stored !== 'string' || stored === '') return null;
    try {
      return safeStorage.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // Encrypted under another OS account or keyring: unusable, so treat it as not set.
      return null;
    }
  };
  const write = (field: keyof SecretsFile, value: string): void =>
    store.set(field, safeStorage.encryptString(value).toString('base64'));
  return {
    privateKey: {
      get: () => read('privateKey'),
      set(value) {
        if (value === null) return store.delete('privateKey');
        if (!safeStorage.isEncryptionAvailable()) {
          throw new Error(strings.validation.noSafeStorage);
        }
        write('privateKey', value);
      },
      protection,
    },
    serverKey: {
      get: () => serverKeyThisRun ?? read('serverKey'),
      set(value) {
        serverKeyThisRun = null;
        if (value === null) return store.delete('serverKey');
        if (safeStorage.isEncryptionAvailable()) write('serverKey', value);
        else serverKeyThisRun = value;
      },
      protection,
    },
  };
}
