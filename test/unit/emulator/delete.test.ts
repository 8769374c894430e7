import { beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../src/emulator';
import { basic, list, png, uploadOk } from '../../support/emulator';
import { useTempEmulator } from '../../support/emulator-fixture';

const fixture = useTempEmulator('each');
let emu: RunningEmulator;
beforeEach(() => ({ emu } = fixture));

function del(fileId: string, auth: string | null = basic()): Promise<Response> {
  const headers: Record<string, string> = auth === null ? {} : { authorization: auth };
  return fetch(`${emu.apiUrl}/v1/files/${encodeURIComponent(fileId)}`, {
    method: 'DELETE',
    headers,
  });
}

describe('DELETE /v1/files/{fileId}', () => {
  it('deletes the file, its bytes and its listing, answering 204 with no body', async () => {
    const image = await png();
    const gone = await uploadOk(emu, image, { fileName: 'gone.png', useUniqueFileName: 'false' });
    await uploadOk(emu, image, { fileName: 'kept.png', useUniqueFileName: 'false' });
    const res = await del(String(gone.fileId));
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    expect(emu.files().map((f) => f.name)).toEqual(['kept.png']);
    const listed = (await (await list(emu)).json()) as Array<{ name: string }>;
    expect(listed.map((f) => f.name)).toEqual(['kept.png']);
    expect((await fetch(String(gone.url))).status).toBe(404);
  });

  it('stays deleted after a restart', async () => {
    const body = await uploadOk(emu, await png(), { fileName: 'a.png' });
    expect((await del(String(body.fileId))).status).toBe(204);
    emu = await fixture.restart();
    expect(emu.files()).toEqual([]);
  });

  it('answers 404 with {message, help} for an id it does not know, and for a second delete', async () => {
    const body = await uploadOk(emu, await png(), { fileName: 'once.png' });
    expect((await del(String(body.fileId))).status).toBe(204);
    for (const id of [String(body.fileId), 'no-such-id']) {
      const res = await del(id);
      expect(res.status).toBe(404);
      const error = (await res.json()) as Record<string, unknown>;
      expect(error.message).toBe('The requested file does not exist.');
      expect(typeof error.help).toBe('string');
    }
  });

  it('needs the private key: 401 without one, 403 with a wrong one, and deletes nothing', async () => {
    const body = await uploadOk(emu, await png(), { fileName: 'safe.png' });
    expect((await del(String(body.fileId), null)).status).toBe(401);
    expect((await del(String(body.fileId), basic('wrong_key'))).status).toBe(403);
    expect(emu.files()).toHaveLength(1);
  });
});
