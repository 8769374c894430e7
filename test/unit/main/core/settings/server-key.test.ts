import { describe, expect, it } from 'vitest';
import { ServerKeyStore } from '../../../../../src/main/core/settings/server-key';
import { DEFAULT_SETTINGS, type Settings } from '../../../../../src/shared/settings';
import { memorySecrets, memorySettings } from '../../../../support/memory-ports';

const KEY = 'serverKey_0123456789abcdef';

function withKey(key: string): Settings {
  const picgo = { ...DEFAULT_SETTINGS.integrations.picgo, key };
  return { ...DEFAULT_SETTINGS, integrations: { picgo } };
}

describe('the local server key is kept apart from the settings', () => {
  it('saves the settings without it and the key in the secret store', () => {
    const secrets = memorySecrets();
    const settings = memorySettings();
    const keys = new ServerKeyStore(secrets);
    keys.save(withKey(KEY), settings);
    expect(JSON.stringify(settings.load())).not.toContain(KEY);
    expect(secrets.get()).toBe(KEY);
    // Read back together, as the next start does.
    expect(new ServerKeyStore(secrets).loadInto(settings).integrations.picgo.key).toBe(KEY);
    keys.save(withKey(''), settings);
    expect(secrets.get()).toBeNull();
  });

  it('moves a key an older version kept among the settings to the secret store', () => {
    const secrets = memorySecrets();
    const settings = memorySettings();
    settings.save(withKey(KEY));
    const loaded = new ServerKeyStore(secrets).loadInto(settings);
    expect(loaded.integrations.picgo.key).toBe(KEY);
    expect(secrets.get()).toBe(KEY);
    expect(JSON.stringify(settings.load())).not.toContain(KEY);
  });

  it('counts an unusable stored key as none', () => {
    const secrets = memorySecrets();
    secrets.set('not a key!');
    expect(new ServerKeyStore(secrets).loadInto(memorySettings()).integrations.picgo.key).toBe('');
  });
});
