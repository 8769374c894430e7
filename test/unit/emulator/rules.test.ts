import { describe, expect, it } from 'vitest';
import { authenticateUpload, basicUser, signToken } from '../../../src/emulator/auth';
import { ApiError } from '../../../src/emulator/http-reply';
import { normaliseFolder, sanitiseFileName } from '../../../src/emulator/upload-fields';

const keys = { privateKey: 'private_k', publicKey: 'public_k' };
const NOW_MS = 1_800_000_000_000;
const NOW_S = NOW_MS / 1000;

function signedAt(expire: number) {
  return {
    publicKey: keys.publicKey,
    token: 't',
    expire: String(expire),
    signature: signToken(keys.privateKey, 't', expire),
  };
}

function statusOf(run: () => void): number | 'ok' {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof ApiError) return error.status;
    throw error;
  }
}

describe('expire must be in the future and less than an hour ahead', () => {
  it.each([
    [NOW_S + 3599, 'ok'],
    [NOW_S + 3600, 400],
    [NOW_S + 1, 'ok'],
    [NOW_S, 400],
  ])('expire now%+d', (expire, expected) => {
    const run = () => authenticateUpload(undefined, signedAt(expire), keys, true, NOW_MS);
    expect(statusOf(run)).toBe(expected);
  });

  it('wants the signature in lowercase hex, as documented', () => {
    const fields = signedAt(NOW_S + 60);
    const upper = { ...fields, signature: fields.signature.toUpperCase() };
    expect(statusOf(() => authenticateUpload(undefined, upper, keys, true, NOW_MS))).toBe(400);
  });
});

describe('Basic auth', () => {
  it('takes the user and ignores the password (the SDK sends one)', () => {
    const header = `Basic ${Buffer.from('private_k:do_not_set').toString('base64')}`;
    expect(basicUser(header)).toBe('private_k');
    expect(statusOf(() => authenticateUpload(header, {}, keys, true, NOW_MS))).toBe('ok');
  });
});

describe('names and folders', () => {
  it.each([
    ['photo 1.JPG', 'photo_1.JPG'],
    ['a/b\\c.png', 'a_b_c.png'],
    ['résumé.webp', 'r_sum_.webp'],
    ['emoji😀.png', 'emoji_.png'],
    ['ok-name.v2.png', 'ok-name.v2.png'],
  ])('fileName %s becomes %s', (raw, expected) => {
    expect(sanitiseFileName(raw)).toBe(expected);
  });

  it('refuses a name that is only dots, which would escape its folder', () => {
    expect(() => sanitiseFileName('..')).toThrow(ApiError);
  });

  it.each([
    [undefined, '/'],
    ['', '/'],
    ['products', '/products/'],
    ['/a//b/', '/a/b/'],
    ['../etc', '/__/etc/'],
    ['My Folder/2026', '/My_Folder/2026/'],
  ])('folder %s becomes %s', (raw, expected) => {
    expect(normaliseFolder(raw)).toBe(expected);
  });
});
