import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** Colours for a few distinct, recognisable scenes. */
const SCENES = [
  { sky: ['#1e3c72', '#f7b267'], sun: '#ffd166', hills: ['#2d6a4f', '#1b4332'] },
  { sky: ['#0f2027', '#2c5364'], sun: '#e0e1dd', hills: ['#415a77', '#1b263b'] },
  { sky: ['#ff9a8b', '#ffecd2'], sun: '#ff6a3d', hills: ['#7f5539', '#582f0e'] },
  { sky: ['#83a4d4', '#b6fbff'], sun: '#fff3b0', hills: ['#588157', '#3a5a40'] },
] as const;

/**
 * A landscape "photo" as a real JPEG: a gradient sky, a sun, two hills and fine noise so it
 * compresses like a photograph rather than a flat drawing.
 */
export async function landscapeJpeg(index: number, width = 2400, height = 1600): Promise<Buffer> {
  const s = SCENES[index % SCENES.length] ?? SCENES[0];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${s.sky[0]}"/><stop offset="1" stop-color="${s.sky[1]}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * (0.25 + 0.15 * index)}" cy="${height * 0.35}" r="${height * 0.1}" fill="${s.sun}"/>
    <ellipse cx="${width * 0.3}" cy="${height * 1.05}" rx="${width * 0.55}" ry="${height * 0.4}" fill="${s.hills[0]}"/>
    <ellipse cx="${width * 0.85}" cy="${height * 1.1}" rx="${width * 0.5}" ry="${height * 0.35}" fill="${s.hills[1]}"/>
  </svg>`;
  const base = await sharp(Buffer.from(svg)).raw().toBuffer({ resolveWithObject: true });
  const { data, info } = base;
  let seed = 7 + index;
  for (let i = 0; i < data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    data[i] = Math.max(0, Math.min(255, (data[i] ?? 0) + ((seed >> 16) % 17) - 8));
  }
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A PNG logo with transparency. */
export function logoPng(size = 600): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
    <circle cx="${size / 2}" cy="${size / 2}" r="${size * 0.42}" fill="#7c4dff"/>
    <rect x="${size * 0.3}" y="${size * 0.3}" width="${size * 0.4}" height="${size * 0.4}" rx="${size * 0.06}" fill="#ffffff" fill-opacity="0.85"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Writes one landscape photo per name into `dir` (scene i for the i-th name). */
export async function writeLandscapes(
  dir: string,
  names: readonly string[],
  width: number,
  height: number,
): Promise<void> {
  for (const [i, name] of names.entries()) {
    await writeFile(join(dir, name), await landscapeJpeg(i, width, height));
  }
}
