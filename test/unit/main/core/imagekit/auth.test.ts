import { describe, expect, it } from 'vitest';
import { parseSignedToken } from '../../../../../src/main/core/imagekit/auth';

const SIG = 'a'.repeat(40);

describe('parseSignedToken', () => {
  it('accepts {token, expire, signature} and normalises it', () => {
    expect(
      parseSignedToken({ token: 't-1', expire: 1_900_000_000, signature: SIG.toUpperCase() }),
    ).toEqual({
      token: 't-1',
      expire: 1_900_000_000,
      signature: SIG,
    });
    expect(parseSignedToken({ token: 't', expire: '1900000000', signature: SIG })).toMatchObject({
      expire: 1_900_000_000,
    });
  });

  it('names what is wrong with a bad answer', () => {
    expect(parseSignedToken([])).toBe('not a JSON object');
    expect(parseSignedToken({ expire: 1, signature: SIG })).toBe('no token');
    expect(parseSignedToken({ token: 't', expire: 1, signature: 'abc' })).toMatch(/40 hex/);
    expect(parseSignedToken({ token: 't', expire: 1.5, signature: SIG })).toMatch(/Unix time/);
    expect(parseSignedToken({ token: 't', expire: 'soon', signature: SIG })).toMatch(/Unix time/);
  });
});
