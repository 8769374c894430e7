import { afterEach, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/emulator';
import { callApi } from '../../src/main/core/api/method-args';
import { createUploader } from '../../src/main/core/imagekit';
import { sealKey } from '../../src/main/core/settings/key-keeper';
import { HEADLESS_PLATFORM } from '../../src/main/core/ports';
import type { SecretStore, SettingsStore, UploaderFactory } from '../../src/main/core/ports';
import { type UploadService } from '../../src/main/core/service/upload-service';
import { createService } from '../../src/main/core/service/create-service';
import { DEFAULT_SETTINGS, type Settings } from '../../src/shared/settings';
import { tempDir } from '../support/images';

const KEY = 'private_bound_key_1234';
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function emulator(): Promise<RunningEmulator> {
  const t = await tempDir('uploader-keybind-');
  cleanups.push(t.cleanup);
  // Both servers accept the same key, so only the app's rule can keep it from the second.
  const emu = await startEmulator({ dataDir: t.dir, privateKey: KEY, publicKey: 'public_x' });
  cleanups.push(() => emu.close());
  return emu;
}

interface Rig {
  readonly service: UploadService;
  /** Every key handed to an uploader, with the servers it was built for. */
  readonly handed: Array<{ key: string | null; uploadUrl: string; apiUrl: string }>;
  readonly secrets: { value: string | null };
}

function rig(initial: { settings?: Settings; secret?: string | null } = {}): Rig {
  const secrets = { value: initial.secret ?? null };
  let stored: unknown = initial.settings;
  const settingsStore: SettingsStore = { load: () => stored, save: (s) => void (stored = s) };
  const secretStore: SecretStore = {
    get: () => secrets.value,
    set: (v) => void (secrets.value = v),
    protection: () => 'os',
  };
  const handed: Rig['handed'] = [];
  const uploaderFactory: UploaderFactory = (settings, key) => {
    handed.push({
      key,
      uploadUrl: settings.connection.uploadUrl,
      apiUrl: settings.connection.apiUrl,
    });
    return createUploader(settings, key);
  };
  const service = createService({
    // No file is processed in these tests; the key never depends on the image workers.
    images: {
      run: () => Promise.reject(new Error('not used')),
      close: async () => {},
    },
    settingsStore,
    secrets: secretStore,
    platform: HEADLESS_PLATFORM,
    uploaderFactory,
  });
  cleanups.push(() => service.close());
  return { service, handed, secrets };
}

/** The default settings with the connection of pointedAt(emu), as a settings file holds them. */
function settingsAt(emu: RunningEmulator): Settings {
  return {
    ...DEFAULT_SETTINGS,
    connection: { ...DEFAULT_SETTINGS.connection, ...pointedAt(emu).connection },
  };
}

function pointedAt(emu: RunningEmulator) {
  return {
    connection: {
      uploadUrl: emu.uploadUrl,
      apiUrl: emu.apiUrl,
      urlEndpoint: emu.urlEndpoint,
      publicKey: 'public_x',
    },
  };
}

describe('the private key goes only to the servers it was saved for', () => {
  it('forgets the key when the upload or API address moves to another server', async () => {
    const home = await emulator();
    const other = await emulator();
    const { service, handed, secrets } = rig();
    await service.updateSettings(pointedAt(home));
    await service.setPrivateKey(KEY);
    expect((await service.testConnection()).ok).toBe(true);

    // The renderer (or anything calling the API) re-points the API URL only.
    const view = await callApi(service, 'updateSettings', [
      { connection: { apiUrl: other.apiUrl } },
    ]);
    expect(view.privateKey).toMatchObject({ set: false, keeping: null, forgotten: 'host-changed' });
    expect(secrets.value).toBeNull();
    const test = await service.testConnection();
    expect(test.ok).toBe(false);
    expect(other.stats().requests).toBe(0);

    // Pointing back does not bring the key back: it has to be typed again.
    const back = await service.updateSettings(pointedAt(home));
    expect(back.privateKey.set).toBe(false);
    expect(handed.every((h) => h.key === null || h.apiUrl === home.apiUrl)).toBe(true);
    expect(handed.some((h) => h.key === KEY)).toBe(true);

    const again = await service.setPrivateKey(KEY);
    expect(again.privateKey).toMatchObject({ set: true, keeping: 'saved', forgotten: null });
  });

  it('keeps the key when only the path, folder or public key changes on the same servers', async () => {
    const home = await emulator();
    const { service } = rig();
    await service.updateSettings(pointedAt(home));
    await service.setPrivateKey(KEY);
    const view = await service.updateSettings({
      connection: { uploadUrl: `${home.origin}/other/path`, publicKey: 'public_y' },
      upload: { folder: '/elsewhere' },
    });
    expect(view.privateKey).toMatchObject({ set: true, forgotten: null });
  });

  it('forgets a saved key at start when the settings file was changed to another server', async () => {
    const home = await emulator();
    const other = await emulator();
    const settings = settingsAt(other);
    const sealed = sealKey(KEY, [new URL(home.origin).origin]);
    const { service, handed, secrets } = rig({ settings, secret: sealed });
    const view = await service.getSettings();
    expect(view.privateKey).toMatchObject({ set: false, forgotten: 'host-changed' });
    expect(secrets.value).toBeNull();
    await service.testConnection();
    expect(handed.filter((h) => h.key !== null)).toEqual([]);
    expect(other.stats().requests).toBe(0);
  });

  it('binds a key saved by an older version to the servers in use, then guards it the same way', async () => {
    const home = await emulator();
    const other = await emulator();
    const settings = settingsAt(home);
    const { service, secrets } = rig({ settings, secret: KEY });
    expect((await service.getSettings()).privateKey.set).toBe(true);
    expect(secrets.value).not.toBe(KEY);
    expect(JSON.parse(secrets.value as string)).toMatchObject({ origins: [home.origin] });
    const moved = await service.updateSettings({ connection: { uploadUrl: other.uploadUrl } });
    expect(moved.privateKey.forgotten).toBe('host-changed');
  });

  it('keeps a session-only key in memory, never in the secret store', async () => {
    const home = await emulator();
    const other = await emulator();
    const { service, secrets } = rig();
    await service.updateSettings(pointedAt(home));
    await service.setPrivateKey('private_older_saved_key');
    const view = await callApi(service, 'setPrivateKey', [KEY, 'session']);
    expect(view.privateKey).toMatchObject({ set: true, keeping: 'session' });
    expect(secrets.value).toBeNull();
    expect((await service.testConnection()).ok).toBe(true);
    const moved = await service.updateSettings({ connection: { uploadUrl: other.uploadUrl } });
    expect(moved.privateKey).toMatchObject({ set: false, forgotten: 'host-changed' });
  });
});
