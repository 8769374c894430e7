import sharp from 'sharp';
import type { ImageInfo } from './types';

const MIME_BY_FORMAT: Readonly<Record<string, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  heif: 'image/heic',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
};

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  txt: 'text/plain; charset=utf-8',
  json: 'application/json',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  pdf: 'application/pdf',
  mp4: 'video/mp4',
};

/**
 * Reads type and size from the file's header (sharp only parses the header here, it decodes
 * no pixels). Content that is not an image is stored as ImageKit does, as "non-image".
 */
export async function inspectFile(bytes: Buffer, fileName: string): Promise<ImageInfo> {
  try {
    const meta = await sharp(bytes).metadata();
    const format = meta.format === 'heif' && meta.compression === 'av1' ? 'avif' : meta.format;
    const mime = format ? MIME_BY_FORMAT[format] : undefined;
    if (mime && meta.width && meta.height) {
      const height = meta.pageHeight ?? meta.height;
      return { fileType: 'image', mime, width: meta.width, height, hasAlpha: meta.hasAlpha };
    }
  } catch {
    // Not something sharp can read: a non-image file, which ImageKit stores just the same.
  }
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return {
    fileType: 'non-image',
    mime: MIME_BY_EXTENSION[extension] ?? 'application/octet-stream',
  };
}
