/**
 * HEIC fixtures, made at test time with Debian's `heif-enc` (package libheif-examples) from
 * sharp-made PNG/JPEG inputs. heif-enc 1.15 writes neither a rotation box for an EXIF
 * orientation nor an nclx colour box, so those are added here by editing the file's boxes.
 * Without heif-enc the HEIC tests skip, saying why (./heic-suite).
 */
import { execFile, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { alphaImage, jpegWithPrivateMetadata, p3RedPng, photo, solid, tempDir } from './images';

const run = promisify(execFile);

/** True when `heif-enc` can be run. */
export const heifEncAvailable = spawnSync('heif-enc', ['--help'], { stdio: 'ignore' }).error
  ? false
  : true;

/** Why the HEIC tests did not run, when heif-enc is missing. */
export const HEIF_ENC_MISSING =
  'heif-enc is not installed, so the HEIC tests are skipped. Install it with `apt-get install libheif-examples` (Debian/Ubuntu) or `brew install libheif`.';

/**
 * Encodes a PNG or JPEG (or several: one file holding them all, the first the primary image)
 * with heif-enc and returns the HEIC's bytes.
 */
export async function heifEnc(
  input: Buffer | readonly Buffer[],
  ext: 'png' | 'jpg',
  args: string[] = [],
): Promise<Buffer> {
  const { dir, cleanup } = await tempDir('uploader-heic-');
  try {
    const sources: string[] = [];
    for (const [i, bytes] of [input].flat().entries()) {
      sources.push(join(dir, `in-${i}.${ext}`));
      await writeFile(sources[i]!, bytes);
    }
    const out = join(dir, 'out.heic');
    await run('heif-enc', [...args, '-o', out, ...sources]);
    return await readFile(out);
  } finally {
    await cleanup();
  }
}

interface Box {
  readonly type: string;
  readonly start: number;
  readonly end: number;
  /** Where the children (or payload) begin: after the header, and after version/flags for full boxes. */
  readonly body: number;
}

const FULL_BOXES = new Set(['meta', 'pitm', 'ipma', 'iloc']);

function boxes(buf: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  for (let at = from; at + 8 <= to;) {
    let size = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    let header = 8;
    if (size === 1) {
      size = Number(buf.readBigUInt64BE(at + 8));
      header = 16;
    } else if (size === 0) size = to - at;
    out.push({
      type,
      start: at,
      end: at + size,
      body: at + header + (FULL_BOXES.has(type) ? 4 : 0),
    });
    at += size;
  }
  return out;
}

function find(list: Box[], type: string): Box {
  const box = list.find((b) => b.type === type);
  if (!box) throw new Error(`no ${type} box`);
  return box;
}

function box(type: string, payload: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + payload.length);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, payload]);
}

function readUint(buf: Buffer, at: number, bytes: number): number {
  return bytes === 0
    ? 0
    : bytes === 4
      ? buf.readUInt32BE(at)
      : bytes === 2
        ? buf.readUInt16BE(at)
        : Number(buf.readBigUInt64BE(at));
}

function writeUint(buf: Buffer, at: number, bytes: number, value: number): void {
  if (bytes === 4) buf.writeUInt32BE(value, at);
  else if (bytes === 8) buf.writeBigUInt64BE(BigInt(value), at);
}

/** Moves every file-offset extent in the iloc box by `delta` (its data sits after the meta box). */
function shiftIloc(buf: Buffer, iloc: Box, delta: number): void {
  const version = buf[iloc.start + 8]!;
  let at = iloc.body;
  const offsetSize = buf[at]! >> 4;
  const lengthSize = buf[at]! & 15;
  const baseSize = buf[at + 1]! >> 4;
  const indexSize = version > 0 ? buf[at + 1]! & 15 : 0;
  at += 2;
  const idBytes = version < 2 ? 2 : 4;
  const count = readUint(buf, at, idBytes);
  at += idBytes;
  for (let i = 0; i < count; i += 1) {
    at += idBytes;
    const method = version > 0 ? buf.readUInt16BE(at) & 15 : 0;
    if (version > 0) at += 2;
    at += 2; // data_reference_index
    const fileOffsets = method === 0;
    if (fileOffsets && baseSize > 0)
      writeUint(buf, at, baseSize, readUint(buf, at, baseSize) + delta);
    at += baseSize;
    const extents = buf.readUInt16BE(at);
    at += 2;
    for (let e = 0; e < extents; e += 1) {
      at += indexSize;
      if (fileOffsets && baseSize === 0) {
        writeUint(buf, at, offsetSize, readUint(buf, at, offsetSize) + delta);
      }
      at += offsetSize + lengthSize;
    }
  }
}

/**
 * Adds an item property (an `irot` or `colr` box) to the primary image: appended to `ipco`, and
 * its index appended to the primary item's `ipma` entry. Offsets into the data that follows the
 * meta box are moved by the bytes added.
 */
export function withPrimaryProperty(heic: Buffer, property: Buffer, essential: boolean): Buffer {
  const top = boxes(heic, 0, heic.length);
  const meta = find(top, 'meta');
  const inMeta = boxes(heic, meta.body, meta.end);
  const pitm = find(inMeta, 'pitm');
  const primary =
    heic[pitm.start + 8] === 0 ? heic.readUInt16BE(pitm.body) : heic.readUInt32BE(pitm.body);
  const iprp = find(inMeta, 'iprp');
  const inIprp = boxes(heic, iprp.body, iprp.end);
  const ipco = find(inIprp, 'ipco');
  const ipma = find(inIprp, 'ipma');
  const index = boxes(heic, ipco.body, ipco.end).length + 1;

  const newIpco = box('ipco', Buffer.concat([heic.subarray(ipco.body, ipco.end), property]));
  const ipmaVersion = heic[ipma.start + 8]!;
  const wide = (heic[ipma.start + 11]! & 1) === 1;
  const entries: Buffer[] = [];
  let at = ipma.body + 4;
  for (let i = 0; i < heic.readUInt32BE(ipma.body); i += 1) {
    const idBytes = ipmaVersion < 1 ? 2 : 4;
    const id = readUint(heic, at, idBytes);
    const n = heic[at + idBytes]!;
    const size = idBytes + 1 + n * (wide ? 2 : 1);
    let entry = Buffer.from(heic.subarray(at, at + size));
    if (id === primary) {
      const assoc = wide ? Buffer.alloc(2) : Buffer.alloc(1);
      if (wide) assoc.writeUInt16BE((essential ? 0x8000 : 0) | index);
      else assoc[0] = (essential ? 0x80 : 0) | index;
      entry = Buffer.concat([entry, assoc]);
      entry[idBytes] = n + 1;
    }
    entries.push(entry);
    at += size;
  }
  const newIpma = box(
    'ipma',
    Buffer.concat([heic.subarray(ipma.start + 8, ipma.body + 4), ...entries]),
  );
  const iprpChildren = inIprp.map((b) =>
    b === ipco ? newIpco : b === ipma ? newIpma : heic.subarray(b.start, b.end),
  );
  const newIprp = box('iprp', Buffer.concat(iprpChildren));
  const metaChildren = inMeta.map((b) => (b === iprp ? newIprp : heic.subarray(b.start, b.end)));
  const newMeta = box(
    'meta',
    Buffer.concat([heic.subarray(meta.start + 8, meta.body), ...metaChildren]),
  );
  const delta = newMeta.length - (meta.end - meta.start);
  const iloc = find(boxes(newMeta, 12, newMeta.length), 'iloc');
  shiftIloc(newMeta, iloc, delta);
  return Buffer.concat(top.map((b) => (b === meta ? newMeta : heic.subarray(b.start, b.end))));
}

/**
 * The same file with the primary image's declared size (its `ispe` property) changed: a header
 * that promises far more pixels than the data holds, as a decompression bomb does.
 */
export function withDeclaredSize(heic: Buffer, width: number, height: number): Buffer {
  const out = Buffer.from(heic);
  const meta = find(boxes(out, 0, out.length), 'meta');
  const iprp = find(boxes(out, meta.body, meta.end), 'iprp');
  const ipco = find(boxes(out, iprp.body, iprp.end), 'ipco');
  for (const property of boxes(out, ipco.body, ipco.end)) {
    if (property.type !== 'ispe') continue;
    // A full box: version and flags, then 32-bit width and height.
    out.writeUInt32BE(width, property.start + 12);
    out.writeUInt32BE(height, property.start + 16);
  }
  return out;
}

/** An `irot` property: the picture is shown turned anticlockwise by `quarters` × 90°. */
export function irot(quarters: 0 | 1 | 2 | 3): Buffer {
  return box('irot', Buffer.from([quarters]));
}

/** An nclx `colr` property (ITU-T H.273 codes), full range. */
export function nclx(primaries: number, transfer: number, matrix: number): Buffer {
  const payload = Buffer.alloc(11);
  payload.write('nclx', 0, 'latin1');
  payload.writeUInt16BE(primaries, 4);
  payload.writeUInt16BE(transfer, 6);
  payload.writeUInt16BE(matrix, 8);
  payload[10] = 0x80;
  return box('colr', payload);
}

/**
 * A photo stored landscape (storedWidth × storedHeight, red left half, blue right half) that
 * displays turned 90° clockwise, as a phone held upright records it (EXIF orientation 6). The
 * file also carries EXIF orientation 6, which HEIF readers must not apply on top.
 */
export async function rotatedHeic(storedWidth: number, storedHeight: number): Promise<Buffer> {
  const half = Math.floor(storedWidth / 2);
  const jpeg = await solid(storedWidth, storedHeight, { r: 0, g: 0, b: 255 })
    .composite([
      {
        input: await solid(half, storedHeight, { r: 255, g: 0, b: 0 }).png().toBuffer(),
        left: 0,
        top: 0,
      },
    ])
    .jpeg({ quality: 95 })
    .withMetadata({ orientation: 6 })
    .toBuffer();
  // irot turns anticlockwise: three quarters anticlockwise is one quarter clockwise.
  return withPrimaryProperty(await heifEnc(jpeg, 'jpg', ['-q', '90']), irot(3), true);
}

/** Pure sRGB red stored as Display P3 numbers (≈ 234,51,35) with the P3 ICC profile embedded. */
export async function p3IccHeic(width: number, height: number): Promise<Buffer> {
  return heifEnc(await p3RedPng(width, height), 'png', ['-q', '95']);
}

/** The same P3 numbers, with no ICC profile but an nclx box naming Display P3 primaries (12). */
export async function p3NclxHeic(width: number, height: number): Promise<Buffer> {
  const png = await solid(width, height, { r: 234, g: 51, b: 35 }).png().toBuffer();
  const heic = await heifEnc(png, 'png', ['-q', '95']);
  // Display P3: primaries 12, sRGB transfer 13, and the BT.601 matrix heif-enc encodes with (6).
  return withPrimaryProperty(heic, nclx(12, 13, 6), false);
}

/**
 * An HDR photo in BT.2100 (BT.2020 primaries, PQ or HLG), as some cameras record them: one
 * 32-pixel-wide patch per signal value in `signals` (0–1, grey), tagged with its nclx box.
 * 10 bits a sample as cameras write, or 8.
 */
export async function hdrHeic(
  transfer: 'pq' | 'hlg',
  signals: readonly number[],
  bits: 8 | 10 = 10,
): Promise<Buffer> {
  const width = 32 * signals.length;
  const height = 32;
  const top = bits === 8 ? 255 : 65535;
  const samples =
    bits === 8 ? new Uint8Array(width * height * 3) : new Uint16Array(width * height * 3);
  for (let at = 0; at < width * height; at += 1) {
    const code = Math.round(signals[Math.floor((at % width) / 32)]! * top);
    samples.fill(code, at * 3, at * 3 + 3);
  }
  const image = sharp(samples, { raw: { width, height, channels: 3 } });
  const png = await (bits === 8 ? image : image.toColourspace('rgb16')).png().toBuffer();
  const heic = await heifEnc(png, 'png', ['-q', '95', ...(bits === 8 ? [] : ['-b', '10'])]);
  // BT.2020 primaries (9), PQ (16) or HLG (18), and the BT.601 matrix heif-enc encodes with (6).
  return withPrimaryProperty(heic, nclx(9, transfer === 'pq' ? 16 : 18, 6), false);
}

/**
 * A photo whose alpha ramps from transparent (left) to opaque (right). `premultiplied` marks the
 * colours as multiplied by alpha (heif-enc flags them, it does not multiply them).
 */
export async function alphaHeic(
  width: number,
  height: number,
  premultiplied = false,
): Promise<Buffer> {
  const flag = premultiplied ? ['--premultiplied-alpha'] : [];
  return heifEnc(await alphaImage('png', width, height), 'png', ['-q', '90', ...flag]);
}

/** A photo whose EXIF names a GPS position, an author and a camera serial (heif-enc keeps EXIF). */
export async function privateHeic(width: number, height: number): Promise<Buffer> {
  return heifEnc(await jpegWithPrivateMetadata(width, height), 'jpg', ['-q', '90']);
}

/** A noisy photo, for caps and timing. */
export async function photoHeic(width: number, height: number, seed = 5): Promise<Buffer> {
  const png = await photo({ width, height, channels: 3, noise: 0.5, seed }).png().toBuffer();
  return heifEnc(png, 'png', ['-q', '90']);
}

/** One file holding two pictures: a red 120 × 80 primary image, then a blue 200 × 100 one. */
export async function twoImageHeic(): Promise<Buffer> {
  const red = await solid(120, 80, { r: 255, g: 0, b: 0 }).png().toBuffer();
  const blue = await solid(200, 100, { r: 0, g: 0, b: 255 }).png().toBuffer();
  return heifEnc([red, blue], 'png', ['-q', '90']);
}

/** The first half of a HEIC photo: a copy that was cut off. */
export async function truncatedHeic(width: number, height: number): Promise<Buffer> {
  const full = await photoHeic(width, height, 11);
  return full.subarray(0, Math.floor(full.length / 2));
}
