/**
 * One file in, both variants out: read once, decode once, budget-search each variant. Runs
 * inside the worker process; every failure comes back as a sentence in the result.
 */
import { createHash } from 'node:crypto';
import type { SourceFormat } from '../../../../shared/jobs';
import type { Presets } from '../../../../shared/presets';
import { fitVariant } from './budget';
import { decodeShrunk, inspect } from './decode';
import { HEAVY_DECODE_BYTES } from '../admission';
import { MAX_SVG_BYTES } from '../limits';
import { imageErrors } from '../image-errors';
import {
  newReadCounter,
  readOnce,
  snapshot,
  type HeaderCheck,
  type ReadCounter,
} from './read-once';
import { SNIFF_BYTES, sniffFormat } from './sniff';
import type { ProcessHooks, ProcessRequest, ProcessResult } from '../types';
import type { UserError } from '../../../../shared/errors';

/** Accepts decodable formats from the first bytes; everything else is refused unread. */
const acceptHeader: HeaderCheck<SourceFormat> = (header, size) => {
  const sniffed = sniffFormat(header);
  switch (sniffed.kind) {
    case 'image':
      if (sniffed.format === 'svg' && size > MAX_SVG_BYTES) {
        return { ok: false, error: imageErrors.svgTooLarge(size, MAX_SVG_BYTES) };
      }
      return { ok: true, value: sniffed.format };
    case 'unsupported':
      return { ok: false, error: imageErrors.unsupported(sniffed.label) };
    case 'text':
      return { ok: false, error: imageErrors.text() };
    case 'unknown':
      return { ok: false, error: imageErrors.unknown() };
  }
};

/**
 * XML entity declarations let a few hundred bytes expand into gigabytes (the "billion laughs")
 * and keep the renderer busy until the worker times out. Drawings exported for the web do not
 * use them, so such a file is refused at once.
 */
function declaresEntities(bytes: Uint8Array): boolean {
  return /<!ENTITY/i.test(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'),
  );
}

/** The decode size: the largest side any variant needs. */
function decodeSide(presets: Presets): number {
  return Math.max(presets.main.maxSide, presets.thumb.maxSide);
}

function failure(error: UserError, counter: ReadCounter): ProcessResult {
  return { ok: false, error, stats: snapshot(counter) };
}

/** Reads, decodes and encodes one file in this process (the worker calls it). */
export async function processFile(
  req: ProcessRequest,
  hooks: ProcessHooks = {},
): Promise<ProcessResult> {
  const counter = newReadCounter();
  try {
    const read = await readOnce(
      req.path,
      { maxBytes: req.maxInputBytes, headerBytes: SNIFF_BYTES, check: acceptHeader },
      counter,
    );
    if (!read.ok) return failure(read.error, counter);
    if (read.value === 'svg' && declaresEntities(read.bytes)) {
      return failure(imageErrors.svgEntities(), counter);
    }
    const side = decodeSide(req.presets);
    const inspected = await inspect(read.bytes, read.value, side);
    if (!inspected.ok) return failure(inspected.error, counter);
    hooks.onImage?.(inspected.value.image);
    // A decode that needs a whole image's memory waits its turn, so two never add up.
    if (inspected.value.decodeBytes > HEAVY_DECODE_BYTES) {
      await hooks.admit?.(inspected.value.decodeBytes);
    }
    const decoding = decodeShrunk(read.bytes, inspected.value, side);
    // Hashing runs on this thread while libvips decodes on its own.
    const sourceHash = createHash('sha256').update(read.bytes).digest('hex');
    hooks.onHash?.(sourceHash);
    const decoded = await decoding;
    if (!decoded.ok) return failure(decoded.error, counter);
    // Both variants come from the same decoded pixels (the thumbnail from the shrunk image);
    // they are independent, so libvips may encode them on two threads at once.
    const [main, thumb] = await Promise.all([
      fitVariant(decoded.value, 'main', req.presets.main),
      fitVariant(decoded.value, 'thumb', req.presets.thumb),
    ]);
    if (!main.ok) return failure(main.error, counter);
    if (!thumb.ok) return failure(thumb.error, counter);
    return {
      ok: true,
      image: inspected.value.image,
      variants: { main: main.variant, thumb: thumb.variant },
      sourceHash,
      stats: snapshot(counter),
    };
  } catch {
    // Encoder failures have no sentence of their own; the details are not for people.
    return failure(imageErrors.internal(), counter);
  }
}
