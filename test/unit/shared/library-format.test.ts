import { describe, expect, it } from 'vitest';
import { formatHistory } from '../../../src/shared/history-format';
import { formatLibrary } from '../../../src/shared/library-format';
import type { LibraryFile } from '../../../src/shared/library';
import { historyEntry } from '../../support/history-entries';

const file: LibraryFile = {
  fileId: 'f1',
  name: 'red "dress" [1].webp',
  filePath: '/shop/red "dress" [1].webp',
  url: 'https://ik.imagekit.io/demo/shop/red (1).webp',
  thumbnailUrl: 'https://ik.imagekit.io/demo/shop/red (1).webp?tr=w-200,h-200,c-at_max',
  width: 800,
  height: 600,
  size: 123_456,
  createdAt: '2026-11-25T10:00:00.000Z',
};

describe('Library text forms', () => {
  it('copies the same URL, Markdown and HTML lines History does for the same image', () => {
    const entry = { ...historyEntry({ name: file.name, uploadedAt: 0 }), id: 1 };
    const same = { ...entry, main: { ...entry.main, url: file.url, width: 800, height: 600 } };
    for (const format of ['url', 'markdown', 'html'] as const) {
      expect(formatLibrary([file], format)).toBe(formatHistory([same], format));
    }
    expect(formatLibrary([file], 'markdown')).toBe(
      '![red &quot;dress&quot; \\[1\\].webp](https://ik.imagekit.io/demo/shop/red%20%281%29.webp)',
    );
    expect(formatLibrary([file], 'html')).toBe(
      '<img src="https://ik.imagekit.io/demo/shop/red (1).webp" width="800" height="600" alt="red &quot;dress&quot; [1].webp">',
    );
  });

  it('writes one JSON object per file, with its id, path and size', () => {
    const lines = formatLibrary([file, { ...file, fileId: 'f2' }], 'json').split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0] as string)).toEqual({
      name: file.name,
      filePath: file.filePath,
      fileId: 'f1',
      url: file.url,
      width: 800,
      height: 600,
      bytes: 123_456,
      createdAt: file.createdAt,
      alt: null,
    });
  });

  it('uses the description ImageKit keeps as the alt text, in every form', () => {
    const described = { ...file, description: 'A red "dress" on a rail' };
    expect(formatLibrary([described], 'html')).toContain(
      'alt="A red &quot;dress&quot; on a rail">',
    );
    expect(formatLibrary([described], 'markdown')).toMatch(
      /^!\[A red &quot;dress&quot; on a rail\]/,
    );
    expect(JSON.parse(formatLibrary([described], 'json'))).toMatchObject({
      alt: 'A red "dress" on a rail',
    });
  });
});
