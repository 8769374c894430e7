import { safeStorage } from 'electron';
import type { SecretStore } from '../core/ports';
import { PRIVATE_FILE_MODE, restrictToOwner } from '../core/common/private-file';
import type { SecretProtection } from '../../shared/settings';
import { strings } from '../../shared/strings';
import { openJsonStore } from './json-store';

/**
 * The private key, encrypted with the OS (Keychain, DPAPI, libsecret/kwallet). On Linux without
 * a keyring Electron falls back to a fixed key ("basic_text"): the user is told before saving and
 * offered to keep the key for the session only (core keeps that one in memory). The file is
 * written owner-only either way.
 */
export function createSecretStore(
  onMovedAside: (file: string, movedTo: string) => void,
): SecretStore {
  const store = openJsonStore<{ privateKey?: string }>(
    { name: 'secrets', configFileMode: PRIVATE_FILE_MODE },
    onMovedAside,
  );
  restrictToOwner(store.path);
  const protection = (): SecretProtection => {
    if (!safeStorage.isEncryptionAvailable()) return 'plain';
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return 'plain';
    }
    return 'os';
  };
  return {
    get() {
      const stored = store.get('privateKey');
      if (!stored) return null;
      try {
        return safeStorage.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Encrypted under another OS account or keyring: unusable, so treat it as not set.
        return null;
      }
    },
    set(value) {
      if (value === null) {
        store.delete('privateKey');
        return;
      }
      if (!safeStorage.isEncryptionAvailable()) {
        throw new Error(strings.validation.noSafeStorage);
      }
      store.set('privateKey', safeStorage.encryptString(value).toString('base64'));
    },
    protection,
  };
}
