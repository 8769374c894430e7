/**
 * A connection held in memory only, for a command that needs no state folder (team-setup):
 * settings and key live as long as the object, and nothing is written anywhere.
 */
import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/settings';
import { configFromSettings } from '../imagekit/config';
import { ImageKitClient } from '../imagekit/client';
import type { ClientConfig } from '../imagekit/types';
import { ConnectionSession } from './connection-session';

/** A session on `patch` with `privateKey` (if any); `extra` goes to every client it makes. */
export function memorySession(
  patch: SettingsPatch,
  privateKey: string | null,
  extra: Omit<ClientConfig, 'uploadUrl' | 'apiUrl' | 'credentials'> = {},
): ConnectionSession {
  let stored: Settings = DEFAULT_SETTINGS;
  let key: string | null = null;
  const client = (settings: Settings, k: string | null) =>
    new ImageKitClient(configFromSettings(settings.connection, k, extra));
  const session = new ConnectionSession({
    settingsStore: { load: () => stored, save: (s) => void (stored = s) },
    secrets: { get: () => key, set: (v) => void (key = v), protection: () => 'plain' },
    uploaderFactory: client,
    libraryFactory: client,
    onConnectionChanged: () => {},
  });
  session.update(patch);
  if (privateKey) session.setPrivateKey(privateKey, 'session');
  return session;
}
