import { describe, expect, it } from 'vitest';
import { planOutputNames } from '../../../../src/main/cli/output-names';
import { DEFAULT_PRESETS, type Presets } from '../../../../src/shared/presets';

describe('planOutputNames', () => {
  it('names outputs after the source, numbering repeats in input order', () => {
    expect(
      planOutputNames(['/x/a.jpg', '/y/a.jpg', '/y/a.png', '/z/b.jpeg'], DEFAULT_PRESETS),
    ).toEqual([
      { main: 'a.webp', thumb: 'a.thumb.png' },
      { main: 'a-2.webp', thumb: 'a-2.thumb.png' },
      { main: 'a-3.webp', thumb: 'a-3.thumb.png' },
      { main: 'b.webp', thumb: 'b.thumb.png' },
    ]);
  });

  it('treats names differing only in case as the same file (case-insensitive disks)', () => {
    const names = planOutputNames(['/x/Photo.JPG', '/y/photo.jpg'], DEFAULT_PRESETS);
    expect(names.map((n) => n.main)).toEqual(['Photo.webp', 'photo-2.webp']);
  });

  it('avoids a clash between one file’s thumbnail and another file’s main image', () => {
    const png: Presets = {
      main: { ...DEFAULT_PRESETS.main, format: 'png' },
      thumb: DEFAULT_PRESETS.thumb,
    };
    const names = planOutputNames(['/x/a.jpg', '/x/a.thumb.jpg'], png);
    expect(names).toEqual([
      { main: 'a.png', thumb: 'a.thumb.png' },
      { main: 'a.thumb-2.png', thumb: 'a.thumb-2.thumb.png' },
    ]);
  });

  it('uses the format extensions and keeps names without an extension', () => {
    const jpegAvif: Presets = {
      main: { ...DEFAULT_PRESETS.main, format: 'jpeg' },
      thumb: { ...DEFAULT_PRESETS.thumb, format: 'avif' },
    };
    expect(planOutputNames(['/x/scan', '/x/.hidden.png'], jpegAvif)).toEqual([
      { main: 'scan.jpg', thumb: 'scan.thumb.avif' },
      { main: '.hidden.jpg', thumb: '.hidden.thumb.avif' },
    ]);
  });
});
