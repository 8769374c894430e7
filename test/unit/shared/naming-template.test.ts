import { describe, expect, it } from 'vitest';
import {
  cleanStoredStem,
  DEFAULT_NAME_TEMPLATE,
  MAX_RENDERED_CHARS,
  renderNameTemplate,
  templateProblem,
  unknownFields,
} from '../../../src/shared/naming-template';
import { shortHash, storedName, storedNameFromStem } from '../../../src/main/core/imagekit/naming';
import { parseSettingsPatch } from '../../../src/main/core/settings/settings-rules';

const SHA = '3f9a1c2b'.padEnd(64, '0');
const inputs = {
  sourceName: 'IMG_2041.JPG',
  hash: shortHash(SHA),
  addedAt: new Date(2026, 3, 5, 9, 30).getTime(),
  parent: 'spring-shoot',
  width: 4032,
  height: 3024,
};

describe('naming template', () => {
  it("keeps today's exact names with the default template", () => {
    for (const name of ['Beach Day.JPG', 'Straße Ünïcode.png', '...', 'a'.repeat(90) + '.jpg']) {
      const stem = renderNameTemplate(DEFAULT_NAME_TEMPLATE, { ...inputs, sourceName: name });
      for (const [variant, format] of [
        ['main', 'webp'],
        ['thumb', 'png'],
      ] as const) {
        expect(storedNameFromStem(stem, variant, format)).toBe(
          storedName(name, SHA, variant, format),
        );
      }
    }
  });

  it('fills every field', () => {
    expect(
      renderNameTemplate('{parent}/{yyyy}/{mm}/{dd}/{date}_{name}_{width}x{height}_{hash}', inputs),
    ).toBe('spring-shoot-2026-04-05-2026-04-05-img-2041-4032x3024-3f9a1c2b');
  });

  it('cleans to what ImageKit keeps, collapses repeats, trims and caps', () => {
    expect(cleanStoredStem('  ..Hello   World!!..jpg--')).toBe('Hello-World-.jpg');
    expect(cleanStoredStem('a--b..c')).toBe('a-b.c');
    expect(cleanStoredStem('***')).toBe('image');
    expect(cleanStoredStem('x'.repeat(500))).toHaveLength(MAX_RENDERED_CHARS);
    expect(renderNameTemplate('{name}', { ...inputs, sourceName: '....' })).toBe('image');
  });

  it('is stable for one job: the date comes from when it was added', () => {
    const a = renderNameTemplate('{date}-{name}', inputs);
    expect(renderNameTemplate('{date}-{name}', { ...inputs })).toBe(a);
    expect(a).toBe('2026-04-05-img-2041');
  });

  it('refuses unknown fields with a sentence', () => {
    expect(unknownFields('{name}-{foo}-{bar}-{foo}')).toEqual(['foo', 'bar']);
    expect(templateProblem('{name}-{foo}')).toMatch(
      /uses \{foo\}, which is not a field\. Use \{name\}/,
    );
    expect(templateProblem('   ')).toMatch(/empty/);
    expect(templateProblem('{name}-{hash}')).toBeNull();
    expect(() => parseSettingsPatch({ upload: { nameTemplate: '{nme}' } })).toThrow(/\{nme\}/);
    expect(parseSettingsPatch({ upload: { nameTemplate: ' {parent}-{name} ' } })).toEqual({
      upload: { nameTemplate: '{parent}-{name}' },
    });
  });
});
