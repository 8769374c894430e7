import { request } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../../src/emulator';
import { basic, createField, png, upload, uploadOk } from '../../support/emulator';
import { useTempEmulator } from '../../support/emulator-fixture';

const fixture = useTempEmulator('all', { maxUploadBytes: 64 * 1024 });
let emu: RunningEmulator;
let dataDir: string;
let image: Buffer;

beforeAll(async () => {
  ({ emu, dataDir } = fixture);
  image = await png(40, 30);
});

async function message(res: Response): Promise<string> {
  return ((await res.json()) as { message: string }).message;
}

describe('names', () => {
  it('replaces characters outside [A-Za-z0-9.-] with _ and adds a unique suffix', async () => {
    const body = await uploadOk(emu, image, { fileName: 'Summer sale (1)/ü.png' });
    // ")", "/" and "ü" each become "_", then "_" + nine suffix characters.
    expect(body.name).toMatch(/^Summer_sale__1____[A-Za-z0-9_-]{9}\.png$/);
  });

  it('keeps the exact name with useUniqueFileName=false', async () => {
    const body = await uploadOk(emu, image, { fileName: 'exact.png', useUniqueFileName: 'false' });
    expect(body.name).toBe('exact.png');
    expect(body.filePath).toBe('/exact.png');
  });

  it('gives two uploads of one name two different unique names by default', async () => {
    const a = await uploadOk(emu, image, { fileName: 'same.png' });
    const b = await uploadOk(emu, image, { fileName: 'same.png' });
    expect(a.name).not.toBe(b.name);
  });
});

describe('overwriting', () => {
  it('refuses to overwrite when overwriteFile=false and useUniqueFileName=false', async () => {
    const fields = { fileName: 'keep.png', useUniqueFileName: 'false', overwriteFile: 'false' };
    await uploadOk(emu, image, fields);
    const res = await upload(emu, { file: await png(10, 10), fields });
    expect(res.status).toBe(400);
    expect(await message(res)).toBe(
      'A file with the same name already exists at the exact location. We could not overwrite it because both overwriteFile and useUniqueFileName are set to false.',
    );
    expect(emu.files().filter((f) => f.filePath === '/keep.png')).toHaveLength(1);
  });

  it('replaces by default: same fileId, next version, new bytes served', async () => {
    const fields = { fileName: 'replace.png', useUniqueFileName: 'false' };
    const first = await uploadOk(emu, image, fields);
    const newer = await png(12, 8, '#00ff00');
    const second = await uploadOk(emu, newer, fields);
    expect(second.fileId).toBe(first.fileId);
    expect(second.versionInfo).toMatchObject({ name: 'Version 2' });
    expect(second.versionInfo).not.toEqual(first.versionInfo);
    expect([second.width, second.height]).toEqual([12, 8]);
    const served = Buffer.from(await (await fetch(String(second.url))).arrayBuffer());
    expect(served.equals(newer)).toBe(true);
    expect(emu.files().filter((f) => f.filePath === '/replace.png')).toHaveLength(1);
  });
});

describe('fields', () => {
  it('splits comma-separated tags, returned when asked for in responseFields', async () => {
    const body = await uploadOk(emu, image, {
      fileName: 't.png',
      tags: 'summer, sale,,shoes',
      responseFields: 'tags,isPrivateFile',
    });
    expect(body.tags).toEqual(['summer', 'sale', 'shoes']);
    expect(body.isPrivateFile).toBe(false);
  });

  it('reports tags as null when there are none, and omits them unless asked for', async () => {
    const asked = await uploadOk(emu, image, { fileName: 'n.png', responseFields: 'tags' });
    expect(asked.tags).toBeNull();
    const plain = await uploadOk(emu, image, { fileName: 'n.png' });
    expect(Object.keys(plain).sort()).toEqual(
      [
        'fileId',
        'name',
        'size',
        'versionInfo',
        'filePath',
        'url',
        'fileType',
        'height',
        'width',
        'thumbnailUrl',
      ].sort(),
    );
  });

  it('creates nested folders as needed, on disk too', async () => {
    const body = await uploadOk(emu, image, { fileName: 'f.png', folder: 'products/2026' });
    expect(String(body.filePath)).toMatch(/^\/products\/2026\/f_[A-Za-z0-9_-]{9}\.png$/);
    const onDisk = await readFile(join(dataDir, 'files', String(body.filePath)));
    expect(onDisk.equals(image)).toBe(true);
  });

  it('stores isPrivateFile and customMetadata', async () => {
    // ImageKit takes only keys the account defined as custom metadata fields.
    await createField(emu, { name: 'sku', label: 'SKU', schema: { type: 'Text' } });
    await createField(emu, { name: 'count', label: 'Count', schema: { type: 'Number' } });
    const body = await uploadOk(emu, image, {
      fileName: 'meta.png',
      isPrivateFile: 'true',
      customMetadata: JSON.stringify({ sku: 'A-1', count: 3 }),
      responseFields: 'customMetadata,isPrivateFile',
    });
    expect(body.customMetadata).toEqual({ sku: 'A-1', count: 3 });
    expect(body.isPrivateFile).toBe(true);
    const res = await fetch(String(body.url));
    expect(res.status).toBe(401);
  });

  it('accepts the file as base64 and as a data URI', async () => {
    const plain = await uploadOk(emu, image.toString('base64'), { fileName: 'b64.png' });
    const dataUri = `data:image/png;base64,${image.toString('base64')}`;
    const uri = await uploadOk(emu, dataUri, { fileName: 'uri.png' });
    for (const body of [plain, uri]) {
      expect(body.size).toBe(image.length);
      expect([body.width, body.height]).toEqual([40, 30]);
    }
  });

  it('answers a URL with a 400 saying the emulator does not fetch URLs', async () => {
    const res = await upload(emu, { file: 'https://example.com/a.jpg', fields: { fileName: 'u' } });
    expect(res.status).toBe(400);
    expect(await message(res)).toMatch(/does not fetch URLs/);
  });

  it.each([
    ['file', { fileName: 'x.png' }, undefined, 'Your request is missing file parameter.'],
    ['fileName', {}, 'image', 'Your request is missing fileName parameter.'],
  ])('answers 400 when %s is missing', async (_name, fields, withFile, expected) => {
    const res = await upload(emu, { fields, ...(withFile ? { file: image } : {}) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      message: expected,
      help: 'For support kindly contact us at support@imagekit.io .',
    });
  });

  it('refuses a file over the size limit with a 4xx and stores nothing', async () => {
    const before = emu.files().length;
    const big = Buffer.alloc(64 * 1024 + 1, 7);
    const res = await upload(emu, { file: big, fields: { fileName: 'big.bin' } });
    expect(res.status).toBe(400);
    expect(await message(res)).toMatch(/larger than the maximum upload size/);
    expect(emu.files()).toHaveLength(before);
  });

  it('stores content that is not an image as non-image', async () => {
    const body = await uploadOk(emu, Buffer.from('hello, world\n'), { fileName: 'note.txt' });
    expect(body.fileType).toBe('non-image');
    expect(body.width).toBeUndefined();
  });
});

describe('delivery', () => {
  it('serves the stored bytes at url, with the right content type', async () => {
    const body = await uploadOk(emu, image, { fileName: 'serve me.png' });
    const res = await fetch(String(body.url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer()).equals(image)).toBe(true);
    const thumb = await fetch(String(body.thumbnailUrl));
    expect(thumb.status).toBe(200);
  });

  it('answers 404 for a file that does not exist', async () => {
    const res = await fetch(`${emu.urlEndpoint}/nothing-here.png`);
    expect(res.status).toBe(404);
  });
});

describe('a client that gives up mid-upload', () => {
  it('leaves nothing behind, and the next upload works', async () => {
    const before = emu.files().length;
    const boundary = 'cancelled-boundary';
    const head = [
      `--${boundary}`,
      'Content-Disposition: form-data; name="fileName"',
      '',
      'cancelled.png',
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="cancelled.png"',
      'Content-Type: image/png',
      '',
      '',
    ].join('\r\n');
    const req = request(emu.uploadUrl, {
      method: 'POST',
      headers: {
        authorization: basic(),
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + 100_000),
      },
    });
    req.on('error', () => undefined);
    req.write(head);
    req.write(image.subarray(0, 20));
    await new Promise((resolve) => setTimeout(resolve, 20));
    req.destroy();

    await uploadOk(emu, image, { fileName: 'after-cancel.png' });
    const names = emu.files().map((f) => f.name);
    expect(names).toHaveLength(before + 1);
    expect(names.some((n) => n.startsWith('cancelled'))).toBe(false);
    const leftovers = await readdir(join(dataDir, 'tmp')).catch(() => []);
    expect(leftovers).toEqual([]);
  });
});
