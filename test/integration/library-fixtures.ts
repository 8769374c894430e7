/** Real PNGs stored on the emulator through its upload API, for the Library tests. */
import sharp from 'sharp';
import type { RunningEmulator } from '../../src/emulator';

/** Uploads a real PNG of `width` x `height` under `folder` with the private key; its fileId. */
export async function storePng(
  emu: RunningEmulator,
  privateKey: string,
  file: { name: string; folder: string; width?: number; height?: number },
): Promise<string> {
  const png = await sharp({
    create: {
      width: file.width ?? 60,
      height: file.height ?? 40,
      channels: 3,
      background: '#2a7',
    },
  })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(png)]), file.name);
  form.append('fileName', file.name);
  form.append('folder', file.folder);
  form.append('useUniqueFileName', 'false');
  const res = await fetch(emu.uploadUrl, {
    method: 'POST',
    body: form,
    headers: { authorization: `Basic ${Buffer.from(`${privateKey}:`).toString('base64')}` },
  });
  const body = (await res.json()) as { fileId?: string };
  if (res.status !== 200 || !body.fileId) throw new Error(`upload answered ${res.status}`);
  return body.fileId;
}
