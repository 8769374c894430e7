import { describe, expect, it } from 'vitest';
import { connectionFromEnv } from '../../../../src/main/cli/upload-env';
import { UsageError } from '../../../../src/main/cli/io';

const KEY = { IMAGEKIT_PRIVATE_KEY: 'private_x' };

function refusal(env: NodeJS.ProcessEnv): string {
  try {
    connectionFromEnv(env);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('the environment was accepted');
}

describe('the connection from IMAGEKIT_* variables', () => {
  it.each([
    ['IMAGEKIT_UPLOAD_URL', 'notaurl'],
    ['IMAGEKIT_API_URL', 'ftp://example.com'],
    ['IMAGEKIT_URL_ENDPOINT', 'http://example.com/x'],
    ['IMAGEKIT_AUTH_ENDPOINT', 'example.com/auth'],
  ])('names %s when its address cannot be used', (name, value) => {
    const message = refusal({ ...KEY, IMAGEKIT_PUBLIC_KEY: 'public_x', [name]: value });
    expect(message).toMatch(new RegExp(`^${name} is not usable: \\S`));
  });

  it('says how uploads are signed when neither a key nor an auth endpoint is set', () => {
    expect(refusal({})).toMatch(/^set IMAGEKIT_PRIVATE_KEY, or IMAGEKIT_AUTH_ENDPOINT/);
    expect(refusal({ IMAGEKIT_AUTH_ENDPOINT: 'https://example.com/auth' })).toBe(
      'IMAGEKIT_AUTH_ENDPOINT needs IMAGEKIT_PUBLIC_KEY as well.',
    );
  });

  it('takes good addresses as they are, and keeps the key out of the settings', () => {
    const { patch, privateKey } = connectionFromEnv({
      ...KEY,
      IMAGEKIT_UPLOAD_URL: 'http://127.0.0.1:4010/api/v1/files/upload',
      IMAGEKIT_URL_ENDPOINT: 'https://ik.imagekit.io/demo',
    });
    expect(privateKey).toBe('private_x');
    expect(patch.connection).toMatchObject({
      authMode: 'private-key',
      uploadUrl: 'http://127.0.0.1:4010/api/v1/files/upload',
      urlEndpoint: 'https://ik.imagekit.io/demo',
    });
    expect(JSON.stringify(patch)).not.toContain('private_x');
  });
});
