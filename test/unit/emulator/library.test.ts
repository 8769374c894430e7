import { beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../src/emulator';
import { list, png, signedFields, upload, uploadOk } from '../../support/emulator';
import { useTempEmulator } from '../../support/emulator-fixture';

const fixture = useTempEmulator('each');
let emu: RunningEmulator;
beforeEach(() => ({ emu } = fixture));

type Item = Record<string, unknown>;
async function items(query: string): Promise<Item[]> {
  const res = await list(emu, query);
  expect(res.status).toBe(200);
  return (await res.json()) as Item[];
}

describe('persistence', () => {
  it('keeps files, their bytes and used tokens across a restart', async () => {
    const image = await png();
    const body = await uploadOk(emu, image, { fileName: 'keep.png', folder: 'a/b' });
    const expire = Math.floor(Date.now() / 1000) + 600;
    const signed = signedFields('restart-token', expire);
    expect((await upload(emu, { file: image, auth: null, fields: signed })).status).toBe(200);
    const before = emu.files();

    emu = await fixture.restart();
    expect(emu.files().map((f) => f.filePath)).toEqual(before.map((f) => f.filePath));
    const path = String(body.filePath);
    const served = await fetch(`${emu.urlEndpoint}${path}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(image)).toBe(true);
    const replay = await upload(emu, { file: image, auth: null, fields: signed });
    expect(replay.status).toBe(400);
  });
});

describe('GET /v1/files', () => {
  beforeEach(async () => {
    const image = await png();
    await uploadOk(emu, image, { fileName: 'one.png', useUniqueFileName: 'false' });
    await uploadOk(emu, image, { fileName: 'two.png', useUniqueFileName: 'false', tags: 'x' });
    await uploadOk(emu, Buffer.from('text'), {
      fileName: 'three.txt',
      useUniqueFileName: 'false',
      folder: '/docs',
    });
  });

  it('lists every file as documented, oldest first', async () => {
    const all = await items('');
    expect(all.map((f) => f.filePath)).toEqual(['/one.png', '/two.png', '/docs/three.txt']);
    expect(all[0]).toMatchObject({
      type: 'file',
      name: 'one.png',
      fileType: 'image',
      width: 40,
      height: 30,
      tags: null,
      isPrivateFile: false,
    });
    expect(all[1]?.tags).toEqual(['x']);
  });

  it('pages with limit and skip', async () => {
    expect((await items('?limit=1')).map((f) => f.name)).toEqual(['one.png']);
    expect((await items('?limit=1&skip=1')).map((f) => f.name)).toEqual(['two.png']);
  });

  it('narrows by path, fileType, tags and a simple searchQuery', async () => {
    expect((await items('?path=/docs/')).map((f) => f.name)).toEqual(['three.txt']);
    expect((await items('?fileType=non-image')).map((f) => f.name)).toEqual(['three.txt']);
    expect((await items('?tags=x')).map((f) => f.name)).toEqual(['two.png']);
    const query = encodeURIComponent('name = "one.png"');
    expect((await items(`?searchQuery=${query}`)).map((f) => f.name)).toEqual(['one.png']);
  });

  it('lists folders created by uploads', async () => {
    const folders = await items('?type=folder');
    expect(folders).toEqual([expect.objectContaining({ type: 'folder', folderPath: '/docs' })]);
  });

  it('answers 400 for a limit outside 1..1000', async () => {
    const res = await list(emu, '?limit=0');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/limit/) });
  });
});
