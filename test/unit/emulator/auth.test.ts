import { beforeAll, describe, expect, it } from 'vitest';
import { signToken } from '../../../src/emulator';
import type { RunningEmulator } from '../../../src/emulator';
import { PUBLIC_KEY, basic, png, signedFields, upload } from '../../support/emulator';
import { useTempEmulator } from '../../support/emulator-fixture';

const HELP = 'For support kindly contact us at support@imagekit.io .';
const fixture = useTempEmulator('all');
let emu: RunningEmulator;
let image: Buffer;

beforeAll(async () => {
  emu = fixture.emu;
  image = await png();
});

function signed(token: string, expire: number, overrides: Record<string, string> = {}) {
  return { ...signedFields(token, expire), ...overrides };
}

const nowS = () => Math.floor(Date.now() / 1000);

describe('HTTP Basic with the private key', () => {
  it('accepts the private key as user with an empty password', async () => {
    const res = await upload(emu, { file: image, fields: { fileName: 'a.png' } });
    expect(res.status).toBe(200);
  });

  it('answers 401 {message, help} when no key is sent', async () => {
    const res = await upload(emu, { file: image, fields: { fileName: 'a.png' }, auth: null });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      message: 'Your request does not contain private API key.',
      help: HELP,
    });
  });

  it('answers 403 for a wrong private key and stores nothing', async () => {
    const before = emu.files().length;
    const res = await upload(emu, {
      file: image,
      fields: { fileName: 'wrong.png' },
      auth: basic('private_wrong'),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      message: 'Your account cannot be authenticated.',
      help: HELP,
    });
    expect(emu.files()).toHaveLength(before);
  });

  it('refuses a request that mixes Basic auth and a signature', async () => {
    const res = await upload(emu, { file: image, fields: signed('mixed-1', nowS() + 60) });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/both signature and basic/);
  });
});

describe('signed client-side uploads', () => {
  it('accepts parameters from the auth endpoint', async () => {
    const params = (await (await fetch(emu.authEndpoint)).json()) as Record<string, unknown>;
    const res = await upload(emu, {
      file: image,
      auth: null,
      fields: {
        fileName: 'from-auth.png',
        publicKey: PUBLIC_KEY,
        token: String(params.token),
        expire: String(params.expire),
        signature: String(params.signature),
      },
    });
    expect(res.status).toBe(200);
  });

  it('rejects a second use of a token, even when the first request failed', async () => {
    const expire = nowS() + 600;
    const first = await upload(emu, { auth: null, fields: signed('once-only', expire) });
    expect(first.status).toBe(400); // no file: the request fails, but the token is spent
    const again = await upload(emu, {
      file: image,
      auth: null,
      fields: signed('once-only', expire),
    });
    expect(again.status).toBe(400);
    const body = (await again.json()) as { message: string; help: string };
    expect(body.message).toBe(
      "The token with value 'once-only' has been used before. We suggest using V4 UUIDs, or another random string with enough entropy to avoid collisions.",
    );
    expect(body.help).toBe(HELP);
    expect(emu.stats().tokens.reused).toBeGreaterThanOrEqual(1);
  });

  it.each([
    ['in the past', -5],
    ['more than an hour ahead', 3605],
  ])('rejects an expire %s', async (_label, offset) => {
    const res = await upload(emu, {
      file: image,
      auth: null,
      fields: signed(`expire-${offset}`, nowS() + offset),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(
      /invalid expire parameter.*less than 1 hour into the future/,
    );
  });

  it('accepts an expire just under an hour ahead', async () => {
    const res = await upload(emu, {
      file: image,
      auth: null,
      fields: signed('expire-ok', nowS() + 3590),
    });
    expect(res.status).toBe(200);
  });

  it('rejects a signature made with another key', async () => {
    const token = 'bad-signature';
    const expire = nowS() + 60;
    const res = await upload(emu, {
      file: image,
      auth: null,
      fields: signed(token, expire, { signature: signToken('private_other', token, expire) }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toMatch(/invalid signature/);
  });

  it('answers 403 for a public key of another account', async () => {
    const res = await upload(emu, {
      file: image,
      auth: null,
      fields: signed('other-account', nowS() + 60, { publicKey: 'public_other' }),
    });
    expect(res.status).toBe(403);
  });

  it('hands out a fresh token on every auth endpoint call', async () => {
    const a = (await (await fetch(emu.authEndpoint)).json()) as { token: string; expire: number };
    const b = (await (await fetch(emu.authEndpoint)).json()) as { token: string };
    expect(a.token).not.toBe(b.token);
    expect(a.expire - nowS()).toBeLessThan(3600);
  });
});

describe('the list API', () => {
  it('requires the private key', async () => {
    const none = await fetch(`${emu.apiUrl}/v1/files?limit=1`);
    expect(none.status).toBe(401);
    const wrong = await fetch(`${emu.apiUrl}/v1/files?limit=1`, {
      headers: { authorization: basic('private_wrong') },
    });
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({
      message: 'Your account cannot be authenticated.',
      help: HELP,
    });
  });
});
