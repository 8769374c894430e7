import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectHeader } from '../../../src/emulator/header-info';
import { inspectFile } from '../../../src/emulator/image-info';
import { alphaImage, noisyJpeg, photo } from '../../support/images';

/** Each format the app uploads (and GIF), with and without alpha, made by sharp itself. */
async function samples(): Promise<Array<[string, Buffer]>> {
  const rgb = photo({ width: 301, height: 177, channels: 3 });
  return [
    ['jpeg', await noisyJpeg(640, 427, 5)],
    ['png', await rgb.clone().png().toBuffer()],
    ['png alpha', await alphaImage('png', 120, 80)],
    ['webp lossy', await rgb.clone().webp({ quality: 70 }).toBuffer()],
    ['webp lossless', await rgb.clone().webp({ lossless: true }).toBuffer()],
    ['webp alpha', await alphaImage('webp', 90, 60)],
    ['avif', await rgb.clone().avif({ quality: 50 }).toBuffer()],
    ['gif', await rgb.clone().gif().toBuffer()],
  ];
}

describe("the app's test server reads images from their headers, as sharp does", () => {
  it('gives the same type and size as sharp for what the app uploads', async () => {
    for (const [name, bytes] of await samples()) {
      const header = await inspectHeader(bytes, `x.${name.split(' ')[0]}`);
      const bySharp = await inspectFile(bytes, `x.${name.split(' ')[0]}`);
      expect(header, name).toMatchObject({
        fileType: 'image',
        mime: bySharp.mime,
        width: bySharp.width,
        height: bySharp.height,
      });
      if (!name.startsWith('avif') && !name.startsWith('gif')) {
        expect(header.hasAlpha, name).toBe(bySharp.hasAlpha);
      }
    }
  });

  it('stores anything else as a non-image, as ImageKit does', async () => {
    expect(await inspectHeader(Buffer.from('just some words'), 'notes.txt')).toEqual({
      fileType: 'non-image',
      mime: 'text/plain; charset=utf-8',
    });
    const truncated = (
      await sharp({ create: { width: 9, height: 9, channels: 3, background: '#f00' } })
        .png()
        .toBuffer()
    ).subarray(0, 12);
    expect((await inspectHeader(truncated, 'cut.png')).fileType).toBe('non-image');
  });
});
