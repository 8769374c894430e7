/**
 * The most pixels a source may have (sharp's own default, 16383²): it admits 200-megapixel phone
 * photos while a 30000 × 30000 "decompression bomb" is refused from its header alone.
 */
export const MAX_INPUT_PIXELS = 268_402_689;

/** SVG drawings larger than this are refused rather than parsed and rasterised. */
export const MAX_SVG_BYTES = 5_000_000;
