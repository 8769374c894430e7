import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strings, type Strings } from '../../../src/shared/strings';

const EN = fileURLToPath(new URL('../../../src/shared/strings/en/', import.meta.url));
const kebab = (key: string): string => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every plain-text entry of the catalogue, by its dotted path. */
function texts(node: unknown, path = ''): Array<[string, string]> {
  if (typeof node === 'string') return [[path, node]];
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

describe('the strings catalogue', () => {
  it('keeps each key in a file named after it, and nothing else in en/', async () => {
    const files = readdirSync(EN).filter((f) => f !== 'index.ts' && f !== 'plural.ts');
    expect(files.sort()).toEqual(
      Object.keys(strings)
        .map((key) => `${kebab(key)}.ts`)
        .sort(),
    );
    for (const key of Object.keys(strings)) {
      const file = (await import(`${EN}${kebab(key)}.ts`)) as Record<string, unknown>;
      expect(file[key], key).toBe(strings[key as keyof Strings]);
    }
  });

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
    expect(strings.integrations.listening(36677, 7)).toEqual([
      expect.stringMatching(/^Listening on 127\.0\.0\.1:36677\. Paste this address/),
      7,
    ]);
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
