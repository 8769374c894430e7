import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_FORMATS,
  acceptedFormatsText,
  formatBytes,
  formatList,
  formatName,
  SOURCE_EXTENSIONS,
} from '../../../src/shared/formats';
import { OUTPUT_FORMATS } from '../../../src/shared/presets';
import { imageErrors } from '../../../src/main/core/images/image-errors';
import { pathErrors } from '../../../src/main/core/paths/path-errors';
import { looksLikeImageName } from '../../../src/main/core/paths/collect';

describe('shared sizes and format names', () => {
  it('writes sizes in decimal units, one decimal below ten', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1_500)).toBe('1.5 KB');
    expect(formatBytes(200_000)).toBe('200 KB');
    expect(formatBytes(12_300_000)).toBe('12 MB');
    expect(formatBytes(2_500_000_000)).toBe('2.5 GB');
  });

  it('names formats the way people write them', () => {
    expect(OUTPUT_FORMATS.map(formatName)).toEqual(['WebP', 'AVIF', 'JPEG', 'PNG']);
    expect(formatList(['jpeg', 'png', 'webp'], 'or')).toBe('JPEG, PNG or WebP');
    expect(formatList(['svg'], 'and')).toBe('SVG');
  });

  it('lists SVG among the accepted formats, with a file extension for each', () => {
    expect(ACCEPTED_FORMATS).toContain('svg');
    expect(acceptedFormatsText('or')).toBe(
      'JPEG, PNG, WebP, GIF, AVIF, HEIC or TIFF images, or SVG drawings',
    );
    // Phones write .heic, other HEIF writers .heif, Canon cameras .hif.
    expect(SOURCE_EXTENSIONS.heic).toEqual(['heic', 'heif', 'hif']);
    for (const format of ACCEPTED_FORMATS) {
      for (const ext of SOURCE_EXTENSIONS[format])
        expect(looksLikeImageName(`a.${ext}`)).toBe(true);
    }
  });

  it('is what the core says too: WebP in a sentence, SVG in the accepted list', () => {
    expect(imageErrors.budgetUnreachable('main', 'webp', 200_000).message).toContain(
      'as small as 200 KB in WebP',
    );
    expect(imageErrors.unknown().message).toContain('or SVG drawings');
    expect(pathErrors.noImages().message).toContain('SVG');
    expect(pathErrors.tooLarge(300_000_000, 256_000_000).message).toContain('300 MB');
  });
});
