/**
 * How sharp is configured in the image worker, the only process that loads it. Runs once, before
 * the first file.
 */
import type Sharp from 'sharp';

/**
 * The libvips loaders for what the app accepts (JPEG, PNG, WebP, GIF, AVIF, TIFF, SVG), from
 * memory only: the worker reads each file itself and hands sharp the bytes. AVIF goes through
 * libvips' libheif, which has no HEVC decoder: HEIC is decoded by libheif-js in the worker
 * (./heic) and reaches sharp as an uncompressed TIFF, so the content sniff never hands it here.
 */
export const ALLOWED_LOADERS = [
  'VipsForeignLoadJpegBuffer',
  'VipsForeignLoadPngBuffer',
  'VipsForeignLoadWebpBuffer',
  'VipsForeignLoadNsgifBuffer',
  'VipsForeignLoadHeifBuffer',
  'VipsForeignLoadTiffBuffer',
  'VipsForeignLoadSvgBuffer',
] as const;

/**
 * Sets the worker's sharp up: one thread and no cache (see below), and every libvips loader
 * blocked except ALLOWED_LOADERS. The content sniff already refuses other formats; the block
 * means a file that slips past it still cannot reach a parser the app never meant to use, nor
 * make libvips open a path of its own.
 */
export function setUpSharp(sharp: typeof Sharp): void {
  // Parallelism comes from the pool (one worker per core); threads inside a worker would only
  // compete with the other workers. No cache: each file is decoded once, so caching only holds memory.
  sharp.concurrency(1);
  sharp.cache(false);
  // 'VipsForeignLoad' is the parent class of every loader; blocking it blocks them all.
  sharp.block({ operation: ['VipsForeignLoad'] });
  sharp.unblock({ operation: [...ALLOWED_LOADERS] });
}
