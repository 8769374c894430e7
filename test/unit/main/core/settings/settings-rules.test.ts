import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../../src/shared/settings';
import { strings } from '../../../../../src/shared/strings';
import {
  applySettingsPatch,
  parseSettingsPatch,
  settingsFromStored,
} from '../../../../../src/main/core/settings/settings-rules';

describe('settings', () => {
  it('accepts a valid patch and normalises folder and tags', () => {
    const patch = parseSettingsPatch({
      upload: { folder: 'products//2026/', tags: [' spring ', 'spring', 'sale'], concurrency: 4 },
    });
    const next = applySettingsPatch(DEFAULT_SETTINGS, patch);
    expect(next.upload.folder).toBe('/products/2026');
    expect(next.upload.tags).toEqual(['spring', 'sale']);
    expect(next.upload.concurrency).toBe(4);
    expect(next.connection).toEqual(DEFAULT_SETTINGS.connection);
  });

  it.each([
    [{ upload: { folder: '../etc' } }, /Folder/],
    [{ upload: { concurrency: 0 } }, /whole number from 1 to 8/],
    [{ upload: { tags: ['a,b'] } }, /without commas/],
    [{ connection: { uploadUrl: 'http://example.com/upload' } }, /https/],
    [{ connection: { uploadUrl: 'not a url' } }, /full web address/],
    [{ connection: { authMode: 'telepathy' } }, /Sign-in method/],
    [{ presets: { main: { format: 'bmp', maxSide: 800, maxBytes: 200000 } } }, /format/],
    [{ presets: { thumb: { format: 'png', maxSide: 4, maxBytes: 10000 } } }, /longest side/],
    ['nope', /must be an object/],
  ])('rejects %j with a sentence', (patch, message) => {
    expect(() => parseSettingsPatch(patch)).toThrow(message);
  });

  it('allows plain http only to this computer (a local emulator)', () => {
    const patch = parseSettingsPatch({
      connection: { uploadUrl: 'http://127.0.0.1:4010/api/v1/files/upload' },
    });
    expect(patch.connection?.uploadUrl).toBe('http://127.0.0.1:4010/api/v1/files/upload');
  });

  it('takes server addresses as http(s)://host[:port][/path] with a plain host name only', () => {
    const fields = ['urlEndpoint', 'uploadUrl', 'apiUrl', 'authEndpoint'] as const;
    const refused = [
      // ; is legal in a host for new URL, and would add a directive to the page's CSP.
      'https://ik.imagekit.io;sandbox/x',
      'https://ik.imagekit.io%3Bsandbox/x',
      'https://ik.imagekit.io,evil/x',
      'https://ik.imagekit.io\u3002evil/x',
      'https://under_score.io/x',
      'https://[::1]/x',
      'https://0x7f.1/x',
      'https://ik.imagekit.io/x?tr=w-100',
      'https://ik.imagekit.io/x#top',
      'https://ik.imagekit.io:99999/x',
      'https://ik.imagekit.io/a b',
      'https://ik.imagekit.io\\x',
    ];
    for (const field of fields) {
      for (const address of refused) {
        expect(
          () => parseSettingsPatch({ connection: { [field]: address } }),
          `${field} ${address}`,
        ).toThrow(/letters, digits, dots and hyphens/);
      }
      for (const address of [
        'https://ik.imagekit.io/demo/',
        'https://my-cdn.example.com:8443',
        'http://127.0.0.1:4010/api/v1/files/upload',
        'http://localhost:4010/ik',
      ]) {
        expect(parseSettingsPatch({ connection: { [field]: address } }).connection?.[field]).toBe(
          new URL(address).toString(),
        );
      }
    }
    // A hand-edited settings file gets the default back, not the address.
    const stored = settingsFromStored({
      connection: { urlEndpoint: 'https://ik.imagekit.io;sandbox/x' },
    });
    expect(stored.connection.urlEndpoint).toBe('');
  });

  it('keeps valid stored fields and drops broken ones one by one', () => {
    const stored = {
      connection: { publicKey: 'public_abc', uploadUrl: 'ftp://nope' },
      upload: { concurrency: 99, folder: '/ok' },
      presets: { main: { format: 'avif', maxSide: 1200, maxBytes: 300000 } },
    };
    const settings = settingsFromStored(stored);
    expect(settings.connection.publicKey).toBe('public_abc');
    expect(settings.connection.uploadUrl).toBe(DEFAULT_SETTINGS.connection.uploadUrl);
    expect(settings.upload.concurrency).toBe(DEFAULT_SETTINGS.upload.concurrency);
    expect(settings.upload.folder).toBe('/ok');
    expect(settings.presets.main).toEqual({ format: 'avif', maxSide: 1200, maxBytes: 300000 });
    expect(settings.presets.thumb).toEqual(DEFAULT_SETTINGS.presets.thumb);
    expect(settingsFromStored(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the local upload server off by default, and validates its port and key', () => {
    expect(DEFAULT_SETTINGS.integrations.picgo).toEqual({ enabled: false, port: 36677, key: '' });
    const patch = parseSettingsPatch({
      integrations: { picgo: { enabled: true, port: 0, key: ' abc_DEF-1234567890 ' } },
    });
    expect(patch.integrations?.picgo).toEqual({
      enabled: true,
      port: 0,
      key: 'abc_DEF-1234567890',
    });
    expect(() => parseSettingsPatch({ integrations: { picgo: { port: 70000 } } })).toThrow(/Port/);
    expect(() => parseSettingsPatch({ integrations: { picgo: { port: 1.5 } } })).toThrow(/Port/);
    expect(() => parseSettingsPatch({ integrations: { picgo: { key: 'a&b=c' } } })).toThrow(
      /letters, digits/,
    );
    expect(() => parseSettingsPatch({ integrations: { picgo: { enabled: 'yes' } } })).toThrow();
    const applied = applySettingsPatch(DEFAULT_SETTINGS, {
      integrations: { picgo: { port: 40000 } },
    });
    expect(applied.integrations.picgo).toEqual({ enabled: false, port: 40000, key: '' });
  });

  it('refuses a server key shorter than 16 characters, and takes 16 or none', () => {
    for (const key of ['a', 'abc', '0123456789abcde']) {
      expect(() => parseSettingsPatch({ integrations: { picgo: { key } } }), key).toThrow(
        strings.validation.serverKeyTooShort(16),
      );
    }
    for (const key of ['', '0123456789abcdef', 'x'.repeat(128)]) {
      expect(
        parseSettingsPatch({ integrations: { picgo: { key } } }).integrations?.picgo?.key,
      ).toBe(key);
    }
    // A short key an older version stored is not used: the server asks for none until a new one.
    expect(
      settingsFromStored({ integrations: { picgo: { key: 'abc' } } }).integrations.picgo.key,
    ).toBe('');
  });

  it('reads stored server settings field by field', () => {
    const settings = settingsFromStored({
      integrations: { picgo: { enabled: true, port: -3, key: 'kept_key_0123456789' } },
    });
    expect(settings.integrations.picgo).toEqual({
      enabled: true,
      port: 36677,
      key: 'kept_key_0123456789',
    });
  });
});
