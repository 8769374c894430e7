import { describe, expect, it } from 'vitest';
import {
  KeyKeeper,
  keyOrigins,
  sealKey,
  unsealKey,
} from '../../../../../src/main/core/settings/key-keeper';
import type { SecretStore } from '../../../../../src/main/core/ports';
import { DEFAULT_SETTINGS } from '../../../../../src/shared/settings';

function memory(initial: string | null = null): SecretStore & { value: string | null } {
  const store = {
    value: initial,
    get: () => store.value,
    set: (v: string | null) => void (store.value = v),
    protection: () => 'os' as const,
  };
  return store;
}

describe('the key and the servers it is bound to', () => {
  it('takes the origins of the upload and API addresses, without paths', () => {
    expect(keyOrigins(DEFAULT_SETTINGS.connection)).toEqual([
      'https://upload.imagekit.io',
      'https://api.imagekit.io',
    ]);
    const local = {
      ...DEFAULT_SETTINGS.connection,
      uploadUrl: 'http://127.0.0.1:4010/api/v1/files/upload',
      apiUrl: 'http://127.0.0.1:4010/',
    };
    expect(keyOrigins(local)).toEqual(['http://127.0.0.1:4010']);
  });

  it('reads back what it sealed, and treats anything else as an unbound key', () => {
    expect(unsealKey(sealKey('private_a', ['https://x.test']))).toEqual({
      key: 'private_a',
      origins: ['https://x.test'],
    });
    for (const odd of [
      'private_plain',
      '{not json',
      '{"v":2,"key":"k","origins":[]}',
      '{"v":1,"key":"k","origins":[1]}',
    ]) {
      expect(unsealKey(odd)).toEqual({ key: odd, origins: null });
    }
  });

  it('gives the key only for origins it was saved for, and forgets it otherwise', () => {
    const store = memory();
    const keys = new KeyKeeper(store);
    keys.set('private_a', ['https://a.test', 'https://api.a.test']);
    expect(keys.keyFor(['https://a.test'])).toBe('private_a');
    expect(keys.keyFor(['https://a.test', 'https://api.a.test'])).toBe('private_a');
    expect(keys.keyFor(['https://a.test', 'https://b.test'])).toBeNull();
    expect(store.value).toBeNull();
    expect(keys.status('os')).toEqual({
      set: false,
      protection: 'os',
      keeping: null,
      forgotten: 'host-changed',
    });
    expect(keys.keyFor(['https://a.test'])).toBeNull();
    keys.set(null, []);
    expect(keys.status('os').forgotten).toBeNull();
  });
});
