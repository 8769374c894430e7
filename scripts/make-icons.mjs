#!/usr/bin/env node
// Renders resources/icon.svg into the icon files the installers use: icon.png (1024 px, the source
// electron-builder reads for Linux), icon.ico (Windows: PNG-compressed entries, 16 to 256 px) and
// icon.icns (macOS: PNG entries, 16 to 1024 px). Run it after changing the SVG and commit the output.
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('resources/icon.svg');
const png = (size) =>
  sharp(svg, { density: (72 * size) / 1024 })
    .resize(size, size)
    .png()
    .toBuffer();

writeFileSync('resources/icon.png', await png(1024));

// ICO: a 6-byte header, one 16-byte directory entry per image, then the PNG data.
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
const icoImages = await Promise.all(icoSizes.map(png));
const header = Buffer.alloc(6 + 16 * icoSizes.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(icoSizes.length, 4);
let offset = header.length;
icoSizes.forEach((size, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(size === 256 ? 0 : size, at);
  header.writeUInt8(size === 256 ? 0 : size, at + 1);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(icoImages[i].length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += icoImages[i].length;
});
writeFileSync('resources/icon.ico', Buffer.concat([header, ...icoImages]));

// ICNS: 'icns' + total length, then per image a 4-char type, its length (with the 8-byte head), PNG.
const icnsTypes = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];
const chunks = await Promise.all(
  icnsTypes.map(async ([type, size]) => {
    const data = await png(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  }),
);
const body = Buffer.concat(chunks);
const icnsHead = Buffer.alloc(8);
icnsHead.write('icns', 0, 'latin1');
icnsHead.writeUInt32BE(body.length + 8, 4);
writeFileSync('resources/icon.icns', Buffer.concat([icnsHead, body]));
console.log('wrote resources/icon.png, icon.ico, icon.icns');
