import { describe, expect, it } from 'vitest';
import { slugStem, storedName } from '../../../../../src/main/core/imagekit/naming';

const HASH = '3f9a1c2b' + '0'.repeat(56);

describe('storedName', () => {
  it('derives the name from the source stem, the content hash and the variant', () => {
    expect(storedName('Beach Day.JPG', HASH, 'main', 'webp')).toBe('beach-day-3f9a1c2b.webp');
    expect(storedName('Beach Day.JPG', HASH, 'thumb', 'png')).toBe('beach-day-3f9a1c2b.thumb.png');
    expect(storedName('Beach Day.JPG', HASH, 'main', 'jpeg')).toBe('beach-day-3f9a1c2b.jpg');
  });

  it('is deterministic, so a retry targets the very same stored name', () => {
    const a = storedName('IMG_0042.jpeg', HASH, 'main', 'webp');
    const b = storedName('IMG_0042.jpeg', HASH, 'main', 'webp');
    expect(a).toBe(b);
  });

  it('gives different content under the same source name different stored names', () => {
    const other = 'aa11bb22' + '0'.repeat(56);
    expect(storedName('photo.jpg', HASH, 'main', 'webp')).not.toBe(
      storedName('photo.jpg', other, 'main', 'webp'),
    );
  });

  it('keeps only characters ImageKit stores unchanged', () => {
    const names = [
      'Café été (2).JPG',
      '../../etc/passwd',
      'C:\\Users\\Ann\\Straße №5.png',
      '日本語.png',
      '   .hidden',
      'a'.repeat(300) + '.jpg',
      'emoji 🎉 party!!.webp',
    ].map((n) => storedName(n, HASH, 'thumb', 'png'));
    for (const name of names) {
      expect(name).toMatch(/^[a-z0-9][a-z0-9.-]*$/);
      expect(name.length).toBeLessThanOrEqual(80);
      expect(name.endsWith('-3f9a1c2b.thumb.png')).toBe(true);
    }
    expect(names[0]).toBe('cafe-ete-2-3f9a1c2b.thumb.png');
    expect(names[1]).toBe('passwd-3f9a1c2b.thumb.png');
    expect(names[2]).toBe('strasse-no5-3f9a1c2b.thumb.png');
    expect(names[3]).toBe('image-3f9a1c2b.thumb.png');
  });

  it('falls back to a hash of the given value when it is not hex', () => {
    const name = storedName('x.jpg', 'not a hash', 'main', 'webp');
    expect(name).toMatch(/^x-[0-9a-f]{8}\.webp$/);
    expect(name).toBe(storedName('x.jpg', 'not a hash', 'main', 'webp'));
  });
});

describe('slugStem', () => {
  it('drops only the last extension and keeps dots inside as separators', () => {
    expect(slugStem('holiday.2026.final.tif')).toBe('holiday-2026-final');
    expect(slugStem('.jpg')).toBe('jpg');
  });
});
