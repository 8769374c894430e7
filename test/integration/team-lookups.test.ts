/**
 * The team check's lookups against the emulator, through the real ImageKit client: 500 hashes
 * asked at once take at most 5 search requests, and a match pairs the main image with its
 * thumbnail.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/emulator';
import { memorySession } from '../../src/main/core/service/memory-session';
import { TeamCheck } from '../../src/main/core/service/team-check';
import { TEAM_SHA_FIELD } from '../../src/shared/team-check';
import { png, startTempEmulator, uploadOk, type TempEmulator } from '../support/emulator';

let temp: TempEmulator;
let emu: RunningEmulator;

beforeAll(async () => {
  temp = await startTempEmulator();
  emu = temp.emu;
});
afterAll(() => temp.close());

function teamCheck(authMode: 'private-key' | 'auth-endpoint' = 'private-key'): TeamCheck {
  const connection = {
    authMode,
    publicKey: 'public_unit_test',
    uploadUrl: emu.uploadUrl,
    apiUrl: emu.apiUrl,
    urlEndpoint: emu.urlEndpoint,
    authEndpoint: emu.authEndpoint,
  };
  const key = authMode === 'private-key' ? 'private_unit_test' : null;
  return new TeamCheck(memorySession({ connection }, key), () => {});
}

const hex = (): string => randomBytes(32).toString('hex');

describe('team lookups', () => {
  it('says the field is missing, then ready once set up; signed uploads are local only', async () => {
    const team = teamCheck();
    expect(await team.view()).toEqual({ state: 'missing' });
    expect(await team.uploadMetadata(hex())).toEqual({});
    expect(await team.setUp()).toEqual({ view: { state: 'ready' }, created: true });
    expect(await teamCheck().setUp()).toEqual({ view: { state: 'ready' }, created: false });
    expect(emu.customMetadataFields().filter((f) => f.name === TEAM_SHA_FIELD)).toHaveLength(1);
    expect(await teamCheck('auth-endpoint').view()).toEqual({ state: 'local-only' });
  });

  it('asks about 500 hashes in at most 5 search requests and pairs main with thumbnail', async () => {
    const known = [hex(), hex()];
    const image = await png();
    for (const [i, sha] of known.entries()) {
      for (const name of [`k${i}.webp`, `k${i}.thumb.png`]) {
        await uploadOk(emu, image, {
          fileName: name,
          folder: '/bulk',
          useUniqueFileName: 'false',
          customMetadata: JSON.stringify({ [TEAM_SHA_FIELD]: sha }),
        });
      }
    }
    // The same picture in another folder is not a match for this one.
    await uploadOk(emu, image, {
      fileName: 'elsewhere.webp',
      folder: '/other',
      customMetadata: JSON.stringify({ [TEAM_SHA_FIELD]: hex() }),
    });
    const hashes = [...known, ...Array.from({ length: 498 }, hex)];
    const team = teamCheck();
    await team.view();
    const before = emu.stats().searches;
    const found = await Promise.all(hashes.map((sha) => team.find(sha, '/bulk')));
    expect(emu.stats().searches - before).toBeLessThanOrEqual(5);
    expect(found.filter((m) => m !== null)).toHaveLength(2);
    expect(found[0]).toMatchObject({
      main: { filePath: '/bulk/k0.webp', url: `${emu.urlEndpoint}/bulk/k0.webp` },
      thumb: { filePath: '/bulk/k0.thumb.png' },
      uploadedAt: expect.any(Number),
    });
    expect(found[1]?.main.filePath).toBe('/bulk/k1.webp');
  });
});
