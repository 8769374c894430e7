import { describe, expect, it } from 'vitest';
import { sizes, srcset, srcsetWidths, widthUrl } from '../../../src/shared/responsive';
import { responsiveWidths } from '../../../src/main/core/settings/settings-rules';
import { strings } from '../../../src/shared/strings';

describe('responsive markup', () => {
  it('asks ImageKit for a width through tr=w-…, chained after a transformation already there', () => {
    expect(widthUrl('https://ik.imagekit.io/demo/a.webp', 400)).toBe(
      'https://ik.imagekit.io/demo/a.webp?tr=w-400',
    );
    expect(widthUrl('https://ik.imagekit.io/demo/a.webp?updatedAt=1', 400)).toBe(
      'https://ik.imagekit.io/demo/a.webp?updatedAt=1&tr=w-400',
    );
    expect(widthUrl('https://ik.imagekit.io/demo/a.webp?tr=q-80', 400)).toBe(
      'https://ik.imagekit.io/demo/a.webp?tr=q-80%3Aw-400',
    );
  });

  it('never lists a width larger than the stored image, and lists the image itself last', () => {
    expect(srcsetWidths(800, [1600, 400, 800, 400])).toEqual([400, 800]);
    expect(srcsetWidths(300, [400, 800])).toEqual([300]);
    expect(srcsetWidths(1000, [])).toEqual([1000]);
  });

  it('escapes commas and spaces, which a srcset would read as separators', () => {
    const value = srcset('https://example.com/a,b c.webp', 800, [400]);
    expect(value).toBe(
      'https://example.com/a%2Cb%20c.webp?tr=w-400 400w, https://example.com/a%2Cb%20c.webp 800w',
    );
    expect(value.split(', ')).toHaveLength(2);
    expect(sizes(640)).toBe('(max-width: 640px) 100vw, 640px');
  });

  it('Settings takes 1 to 8 whole widths from 16 to 4096 px, once each, smallest first', () => {
    expect(responsiveWidths([800, 400, 800])).toEqual([400, 800]);
    expect(() => responsiveWidths([])).toThrow(strings.validation.noWidths);
    expect(() => responsiveWidths([8])).toThrow('Responsive widths must be');
    expect(() => responsiveWidths([400.5])).toThrow('Responsive widths must be');
    expect(() => responsiveWidths([Number.NaN])).toThrow('Responsive widths must be');
    expect(() => responsiveWidths(Array.from({ length: 9 }, (_, i) => 100 + i))).toThrow();
    expect(() => responsiveWidths('400,800')).toThrow();
  });
});
