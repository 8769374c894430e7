/**
 * The emulator's custom metadata: the fields API (list, create), values checked against the
 * fields on upload and on update file details, the searchQuery subset the app uses, and the
 * ai-auto-description extension.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../src/emulator';
import { basic, createField, list, png, upload, uploadOk } from '../../support/emulator';
import { useTempEmulator } from '../../support/emulator-fixture';

const fixture = useTempEmulator('each');
let emu: RunningEmulator;
beforeEach(() => ({ emu } = fixture));

type Body = Record<string, unknown>;

const SHA = { name: 'uploaderSha256', label: 'Source SHA-256', schema: { type: 'Text' } };

async function fields(auth = basic()): Promise<Response> {
  return fetch(`${emu.apiUrl}/v1/customMetadataFields`, { headers: { authorization: auth } });
}

async function patch(fileId: string, body: Body): Promise<Response> {
  return fetch(`${emu.apiUrl}/v1/files/${fileId}/details`, {
    method: 'PATCH',
    headers: { authorization: basic(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function search(query: string): Promise<string[]> {
  const res = await list(emu, `?searchQuery=${encodeURIComponent(query)}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as Body[]).map((f) => String(f.name));
}

describe('custom metadata fields API', () => {
  it('creates a field, lists it as documented and keeps it across a restart', async () => {
    expect(await (await fields()).json()).toEqual([]);
    const res = await createField(emu, SHA);
    expect(res.status).toBe(201);
    const created = (await res.json()) as Body;
    expect(created).toEqual({ id: expect.stringMatching(/^[0-9a-f]{24}$/), ...SHA });

    emu = await fixture.restart();
    expect(await (await fields()).json()).toEqual([created]);
    expect(emu.customMetadataFields()).toEqual([created]);
  });

  it('refuses a name already taken, as ImageKit does', async () => {
    await createField(emu, SHA);
    const again = await createField(emu, { ...SHA, label: 'Other' });
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({
      message: 'A custom metadata field with this name already exists',
      help: expect.any(String),
    });
    expect(emu.customMetadataFields()).toHaveLength(1);
  });

  it('checks the schema: type, options of selects, limits by type, a required default', async () => {
    const bad: Body[] = [
      { name: 'a', label: 'A', schema: { type: 'Colour' } },
      { name: 'a', label: 'A', schema: { type: 'SingleSelect' } },
      { name: 'a', label: 'A', schema: { type: 'Text', minValue: 3 } },
      { name: 'a', label: 'A', schema: { type: 'Number', maxLength: 3 } },
      { name: 'a', label: 'A', schema: { type: 'Text', isValueRequired: true } },
      { name: 'a', label: 'A', schema: { type: 'Number', defaultValue: 'x' } },
      { name: 'has space', label: 'A', schema: { type: 'Text' } },
      { name: 'a', label: '', schema: { type: 'Text' } },
    ];
    for (const body of bad) {
      const res = await createField(emu, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as Body).message).toMatch(/^Your request contains invalid/);
    }
    expect(emu.customMetadataFields()).toEqual([]);
  });

  it('needs the private key', async () => {
    expect((await fields('')).status).toBe(401);
    expect((await fields(basic('private_wrong'))).status).toBe(403);
  });
});

describe('customMetadata checked against the fields', () => {
  beforeEach(async () => {
    await createField(emu, SHA);
    await createField(emu, {
      name: 'price',
      label: 'Price',
      schema: { type: 'Number', minValue: 1, maxValue: 100 },
    });
    await createField(emu, {
      name: 'size',
      label: 'Size',
      schema: { type: 'SingleSelect', selectOptions: ['S', 'M'] },
    });
    await createField(emu, {
      name: 'status',
      label: 'Status',
      schema: { type: 'Text', isValueRequired: true, defaultValue: 'draft', maxLength: 5 },
    });
  });

  async function refused(customMetadata: Body): Promise<string> {
    const res = await upload(emu, {
      file: await png(),
      fields: { fileName: 'x.png', customMetadata: JSON.stringify(customMetadata) },
    });
    expect(res.status).toBe(400);
    return ((await res.json()) as { message: string }).message;
  }

  it('refuses an unknown key, a wrong type, a value out of range and an option not offered', async () => {
    expect(await refused({ colour: 'red' })).toBe(
      'Your request contains invalid customMetadata parameter. "colour" is not a custom metadata field of this account.',
    );
    expect(await refused({ price: '5' })).toMatch(/"price" must be a number/);
    expect(await refused({ price: 500 })).toMatch(/"price" must be from 1 to 100/);
    expect(await refused({ size: 'XL' })).toMatch(/"size" must be one of/);
    expect(await refused({ status: 'published' })).toMatch(/"status" must have 0-5 characters/);
    expect(emu.files()).toEqual([]);
  });

  it('stores good values, and a required field left out takes its default', async () => {
    const body = await uploadOk(emu, await png(), {
      fileName: 'ok.png',
      customMetadata: JSON.stringify({ uploaderSha256: 'abc', price: 5 }),
      responseFields: 'customMetadata',
    });
    expect(body.customMetadata).toEqual({ uploaderSha256: 'abc', price: 5, status: 'draft' });
  });

  it('update file details: keys merge, null unsets one, unknown keys are refused', async () => {
    const body = await uploadOk(emu, await png(), {
      fileName: 'u.png',
      customMetadata: JSON.stringify({ price: 5, size: 'S' }),
    });
    const fileId = String(body.fileId);
    const changed = await patch(fileId, { customMetadata: { price: 7, size: null } });
    expect(changed.status).toBe(200);
    expect(((await changed.json()) as Body).customMetadata).toEqual({ price: 7, status: 'draft' });
    const unknown = await patch(fileId, { customMetadata: { colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect((await patch(fileId, { customMetadata: { price: 0 } })).status).toBe(400);
    expect(emu.files()[0]?.customMetadata).toEqual({ price: 7, status: 'draft' });
  });
});

describe('searchQuery subset', () => {
  beforeEach(async () => {
    await createField(emu, SHA);
    const image = await png();
    const put = (fileName: string, sha: string, folder: string, tags = '') =>
      uploadOk(emu, image, {
        fileName,
        folder,
        useUniqueFileName: 'false',
        customMetadata: JSON.stringify({ uploaderSha256: sha }),
        ...(tags ? { tags } : {}),
      });
    await put('a.png', 'aaa', '/team', 'x');
    await put('b.png', 'bbb', '/team');
    await put('c.png', 'aaa', '/other', 'x');
  });

  it('finds files by a custom metadata field with = and IN, with AND on folder, name and tags', async () => {
    expect(await search('"customMetadata.uploaderSha256" = "aaa"')).toEqual(['a.png', 'c.png']);
    expect(await search('"customMetadata.uploaderSha256" IN ["aaa", "bbb", "zzz"]')).toEqual([
      'a.png',
      'b.png',
      'c.png',
    ]);
    expect(
      await search('"customMetadata.uploaderSha256" IN ["aaa", "bbb"] AND path = "/team"'),
    ).toEqual(['a.png', 'b.png']);
    expect(await search('"customMetadata.uploaderSha256" = "aaa" AND tags IN ["x"]')).toEqual([
      'a.png',
      'c.png',
    ]);
    expect(await search('name = "b.png" AND "customMetadata.uploaderSha256" = "bbb"')).toEqual([
      'b.png',
    ]);
    expect(await search('"customMetadata.uploaderSha256" = "nothing"')).toEqual([]);
    // The path parameter narrows a search too, as in the app's own calls.
    const inFolder = await list(
      emu,
      `?path=/team/&searchQuery=${encodeURIComponent('"customMetadata.uploaderSha256" = "aaa"')}`,
    );
    expect(((await inFolder.json()) as Body[]).map((f) => f.name)).toEqual(['a.png']);
  });

  it('counts search requests in stats(), and refuses what it does not support', async () => {
    const before = emu.stats().searches;
    await search('name = "a.png"');
    await list(emu, '');
    expect(emu.stats().searches).toBe(before + 1);
    const res = await list(emu, `?searchQuery=${encodeURIComponent('size > 10')}`);
    expect(res.status).toBe(400);
  });
});

describe('the ai-auto-description extension', () => {
  it('drafts a description from the file name and says so in extensionStatus', async () => {
    const body = await uploadOk(emu, await png(), {
      fileName: 'beach-day_2.png',
      useUniqueFileName: 'false',
      extensions: JSON.stringify([{ name: 'ai-auto-description' }]),
    });
    expect(body.description).toBe('An image of beach day 2.');
    expect(body.extensionStatus).toEqual({ 'ai-auto-description': 'success' });
    expect(emu.files()[0]?.description).toBe('An image of beach day 2.');
  });

  it('answers no extensionStatus without extensions, and refuses ones it does not know', async () => {
    const plain = await uploadOk(emu, await png(), { fileName: 'p.png' });
    expect(plain).not.toHaveProperty('extensionStatus');
    expect(plain).not.toHaveProperty('description');
    for (const extensions of ['[{"name":"magic"}]', 'not json', '[{"name":"remove-bg"}]']) {
      const res = await upload(emu, {
        file: await png(),
        fields: { fileName: 'e.png', extensions },
      });
      expect(res.status, extensions).toBe(400);
    }
  });
});
