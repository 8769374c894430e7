/**
 * Run as its own process by loaders.test.ts: sets sharp up exactly as the image worker does and
 * reports, as one JSON line, what libvips still loads. A process of its own, because a block
 * lasts for the life of the process and would leak into other tests.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import type { SourceFormat } from '../../../../../../src/shared/jobs';
import { decodeShrunk, inspect } from '../../../../../../src/main/core/images/worker/decode';
import { setUpSharp } from '../../../../../../src/main/core/images/worker/sharp-setup';
import { heifEnc, heifEncAvailable } from '../../../../../support/heic';

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"><rect width="40" height="30" fill="#36f"/></svg>',
);

async function loads(input: string | Buffer): Promise<string> {
  try {
    return `ok ${(await sharp(input).metadata()).format}`;
  } catch {
    return 'refused';
  }
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'uploader-loaders-'));
  try {
    const base = () =>
      sharp({ create: { width: 40, height: 30, channels: 3, background: '#36f' } });
    const accepted: Partial<Record<SourceFormat, Buffer>> = {
      jpeg: await base().jpeg().toBuffer(),
      png: await base().png().toBuffer(),
      webp: await base().webp().toBuffer(),
      gif: await base().gif().toBuffer(),
      avif: await base().avif().toBuffer(),
      // HEIC is decoded by libheif, then read by sharp through the TIFF loader.
      ...(heifEncAvailable ? { heic: await heifEnc(await base().png().toBuffer(), 'png') } : {}),
      tiff: await base().tiff().toBuffer(),
      svg: SVG,
    };
    const vipsFile = join(dir, 'native.v');
    await base().toFile(vipsFile);
    const pngFile = join(dir, 'from-path.png');
    await writeFile(pngFile, accepted.png as Buffer);
    const before = { vipsFile: await loads(vipsFile), pngFile: await loads(pngFile) };

    setUpSharp(sharp);

    const after: Record<string, string> = {
      vipsFile: await loads(vipsFile),
      pngFile: await loads(pngFile),
    };
    for (const [format, bytes] of Object.entries(accepted) as Array<[SourceFormat, Buffer]>) {
      const inspected = await inspect(bytes, format, 100);
      const decoded = inspected.ok ? await decodeShrunk(bytes, inspected.value, 100) : inspected;
      after[format] = decoded.ok
        ? `ok ${decoded.value.width}x${decoded.value.height}`
        : decoded.error.code;
    }
    console.log(JSON.stringify({ before, after, concurrency: sharp.concurrency() }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
