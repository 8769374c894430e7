import { describe, expect, it } from 'vitest';
import { strings, type Strings } from '../../../src/shared/strings';

/** Every plain-text entry of the catalogue, by its dotted path. */
function texts(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

describe('the strings catalogue', () => {
  it('holds only whole, trimmed texts', () => {
    const all = texts(strings);
    expect(all.length).toBeGreaterThan(150);
    for (const [path, text] of all) {
      expect(text.trim(), path).toBe(text);
      expect(text.length, path).toBeGreaterThan(0);
    }
  });

  it('lets the catalogue choose singular and plural', () => {
    expect(strings.batch.copyLinks(1)).toBe('Copy link');
    expect(strings.batch.copyLinks(3)).toBe('Copy 3 links');
    expect(strings.notices.linksCopied(1)).toBe('1 link copied.');
    expect(strings.notices.alreadyInList(2)).toBe(
      '2 files were already in the list and not added again.',
    );
    expect(strings.quit.stillUploading(1)).toBe('1 file is still uploading.');
    expect(strings.dialogs.removeFromHistory.title(1)).toBe('Remove this upload from the history?');
    expect(strings.notices.copiedLines(2, 'markdown')).toBe('Copied 2 Markdown image links.');
  });

  it('returns sentences with inserted pieces in its own word order', () => {
    const where = { folder: '/shop' };
    expect(strings.header.uploadsTo(where, ['a', 'b'])).toEqual([
      'Uploads to ',
      where,
      ' of your ImageKit library, tagged a, b',
    ]);
    expect(strings.integrations.listening(7)).toEqual(['Listening on ', 7]);
  });

  it('is the shape a translation must fill completely', () => {
    // A translation is an object of type Strings: leaving out an area or a text does not compile.
    // @ts-expect-error an incomplete catalogue is refused
    const partial: Strings = { header: strings.header };
    const copy: Strings = { ...strings, views: { ...strings.views, history: 'Verlauf' } };
    expect(partial.header).toBe(strings.header);
    expect(copy.views.history).toBe('Verlauf');
  });
});
